import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type BetterSqlite3 from "better-sqlite3";

type Client = BetterSqlite3.Database;
type Statement = BetterSqlite3.Statement<unknown[]>;

/** Statements kept prepared per connection; the hot path uses about a dozen distinct texts. */
const STATEMENT_CACHE = 200;

/**
 * Prisma's better-sqlite3 adapter, with two changes to the connection it opens:
 *
 * - Prepared statements are reused. The adapter calls `prepare(sql)` for every query, so SQLite
 *   parsed and planned each statement every time — 0.7 ms of a rated card, about a quarter of its
 *   SQLite time, in the review-loop profile (README, "What bounds the review loop").
 * - In WAL mode with SQLITE_SYNCHRONOUS=normal, `synchronous = NORMAL`: a commit is written to the
 *   WAL without waiting for the disk; the WAL is synced at checkpoints. A crash of the app loses
 *   nothing; a power cut or OS crash may lose the last commits before the checkpoint, never
 *   corrupt the file (https://www.sqlite.org/pragma.html#pragma_synchronous).
 */
export class TunedSQLite3 extends PrismaBetterSQLite3 {
  constructor(
    config: ConstructorParameters<typeof PrismaBetterSQLite3>[0],
    private synchronous: "normal" | "full" = "full",
  ) {
    super(config);
  }

  override async connect() {
    const adapter = await super.connect();
    const client = (adapter as unknown as { client: Client }).client;
    if (this.synchronous === "normal" && client.pragma("journal_mode", { simple: true }) === "wal")
      client.pragma("synchronous = NORMAL");
    reusePrepared(client);
    return adapter;
  }
}

/**
 * Makes `client.prepare` hand back a cached statement (least recently used dropped first). A
 * better-sqlite3 statement can be bound only once, so `bind` returns a view that passes the
 * arguments on each call instead: the calls the adapter makes (`reader`, `columns()`,
 * `raw().all()`, `run()`) behave as on a freshly prepared, bound statement.
 */
function reusePrepared(client: Client) {
  const prepare = client.prepare.bind(client) as (sql: string) => Statement;
  const cache = new Map<string, Statement>();
  const statement = (sql: string) => {
    let st = cache.get(sql);
    if (st) cache.delete(sql);
    else {
      st = prepare(sql);
      if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, st);
    return st;
  };
  const bound = (st: Statement, args: unknown[]) => ({
    reader: st.reader,
    columns: () => st.columns(),
    raw: () => ({ all: () => st.raw(true).all(...args) }),
    all: () => st.raw(false).all(...args),
    get: () => st.raw(false).get(...args),
    run: () => st.run(...args),
  });
  client.prepare = ((sql: string) => {
    const st = statement(sql);
    return {
      reader: st.reader,
      columns: () => st.columns(),
      run: (...args: unknown[]) => st.run(...args),
      all: (...args: unknown[]) => st.raw(false).all(...args),
      get: (...args: unknown[]) => st.raw(false).get(...args),
      bind: (...args: unknown[]) => bound(st, args),
    };
  }) as unknown as Client["prepare"];
}
