import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type BetterSqlite3 from "better-sqlite3";
import { checkpointInWorker } from "@/lib/db-sqlite-checkpoint";

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
 * - In WAL mode, `synchronous = FULL` (every commit synced before it returns; lib/data/review-driver.ts
 *   runs the review loop's sync off the event loop), or with SQLITE_SYNCHRONOUS=normal, `NORMAL`: a
 *   commit is written to the WAL without waiting for the disk; the WAL is synced at checkpoints. A
 *   crash of the app loses nothing; a power cut or OS crash may lose the last commits before the
 *   checkpoint, never corrupt the file (https://www.sqlite.org/pragma.html#pragma_synchronous).
 * - Temporary b-trees (the queue statement's sorts: ORDER BY beyond an index, its window function)
 *   live in memory (`temp_store = MEMORY`), not in a file-backed temporary database. The review
 *   queue's hold a few dozen rows. In four alternating pairs of `BENCH_ONLY=review` runs: 2.67
 *   against 2.75 ms of app CPU per rated card (README, "What bounds the review loop").
 * - WAL checkpoints run in a worker thread, not inside the COMMIT that crosses SQLite's threshold
 *   on the event loop (lib/db-sqlite-checkpoint.ts).
 */
export class TunedSQLite3 extends PrismaBetterSQLite3 {
  /**
   * The connection Prisma opened, once it has, and the gate every transaction on it passes: Prisma's
   * interactive transactions and lib/data/review-driver.ts's synchronous ones. SQLite has one
   * transaction per connection, so a statement run while another transaction is open joins it.
   */
  connection?: { client: Client; gate: Gate };

  constructor(
    config: ConstructorParameters<typeof PrismaBetterSQLite3>[0],
    private synchronous: "normal" | "full" = "full",
  ) {
    super(config);
  }

  override async connect() {
    const adapter = await super.connect();
    const client = (adapter as unknown as { client: Client }).client;
    // Set either way: better-sqlite3 builds SQLite with SQLITE_DEFAULT_WAL_SYNCHRONOUS=1, so a
    // connection to a database already in WAL mode starts at NORMAL, whatever SQLite's own default.
    if (client.pragma("journal_mode", { simple: true }) === "wal")
      client.pragma(`synchronous = ${this.synchronous === "normal" ? "NORMAL" : "FULL"}`);
    client.pragma("temp_store = MEMORY");
    reusePrepared(client);
    const gate = new Gate();
    checkpointInWorker(client, gate);
    gateTransactions(adapter, gate);
    this.connection = { client, gate };
    return adapter;
  }
}

/**
 * Holds transactions on one connection one at a time, in arrival order. `busy` lets a caller that
 * finds it free run a synchronous transaction straight away, with nothing able to start meanwhile.
 */
export class Gate {
  #tail: Promise<void> = Promise.resolve();
  #holders = 0;

  get busy() {
    return this.#holders > 0;
  }

  /** Resolves, when the gate is ours, to the function that hands it on. */
  acquire(): Promise<() => void> {
    let open!: () => void;
    const turn = this.#tail;
    this.#tail = turn.then(() => new Promise<void>((resolve) => (open = resolve)));
    this.#holders++;
    let released = false;
    return turn.then(() => () => {
      if (released) return;
      released = true;
      this.#holders--;
      open();
    });
  }
}

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/** Prisma's interactive transactions take the gate at BEGIN and hand it on at COMMIT or ROLLBACK. */
function gateTransactions(adapter: Adapter, gate: Gate) {
  const start = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args: Parameters<Adapter["startTransaction"]>) => {
    const release = await gate.acquire();
    let tx: Transaction;
    try {
      tx = await start(...args);
    } catch (err) {
      release();
      throw err;
    }
    const commit = tx.commit.bind(tx);
    const rollback = tx.rollback.bind(tx);
    tx.commit = () => commit().finally(release);
    tx.rollback = () => rollback().finally(release);
    return tx;
  };
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
    // Prisma's adapter opens an interactive transaction with a deferred BEGIN. Another process on
    // the file (a second app instance, the essay job runner) may commit between the transaction's
    // first read and its first write; SQLite then fails the write at once (SQLITE_BUSY_SNAPSHOT,
    // which no busy timeout waits out), and a read-then-write transaction — a failed sign-in's
    // count, a bulk publish — fails. IMMEDIATE takes the write lock at BEGIN, waiting its turn.
    const st = statement(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
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
