import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

/**
 * Hostile input for every JSON route handler: malformed and hostile bodies, queries and path
 * params, sent by a signed-in caller who may use the route. The answer is always a 4xx in the
 * contract's error shape, never a 500, and a refused request leaves the database exactly as it was
 * (a deterministic dump of every table, compared before and after each request).
 */
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string } } }));
vi.mock("@/lib/auth/session-token", () => ({
  sessionClaims: async () => (session.current ? { uid: session.current.user.id, sv: 0 } : null),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { createEssay } from "@/lib/data/essays";
import { createClass } from "@/lib/data/classes";
import { createSet } from "@/lib/data/sets";
import { getReviewQueue } from "@/lib/data/review";
import { callRoute, ERROR_CODE, type Answer } from "./support/call-route";
import { createQuiz } from "@/lib/data/quizzes";

const POSTGRES = Boolean(process.env.TEST_POSTGRES_URL);
const RUNS = 30;

// ---------------------------------------------------------------------------------------------
// The database, dumped deterministically.

let tables: { name: string; orderBy: string }[] = [];

async function listTables() {
  if (POSTGRES) {
    const rows = await db.$queryRawUnsafe<{ name: string; pk: string | null }[]>(`
      SELECT c.relname::text AS name,
             (SELECT string_agg(format('t.%I', a.attname), ', ' ORDER BY k.ord)
                FROM pg_index i
                CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
                JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
               WHERE i.indrelid = c.oid AND i.indisprimary) AS pk
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relkind = 'r'
       ORDER BY c.relname`);
    // A table without a primary key (next-auth's VerificationToken) is ordered by its whole row.
    return rows.map((r) => ({ name: r.name, orderBy: r.pk ?? "t::text" }));
  }
  const rows = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
  );
  return rows.map((r) => ({ name: r.name, orderBy: "rowid" }));
}

function serialize(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (typeof v === "bigint") return `${v}n`;
    if (v instanceof Uint8Array) return `bytes:${Buffer.from(v).toString("hex")}`;
    return v;
  });
}

/** Every table's rows, in primary-key (PostgreSQL) or rowid (SQLite) order. */
async function dumpDb(exclude: readonly string[] = []): Promise<string> {
  const wanted = tables.filter((t) => !exclude.includes(t.name));
  if (POSTGRES) {
    const parts = wanted.map(
      (t) =>
        `'${t.name}', (SELECT coalesce(json_agg(t ORDER BY ${t.orderBy}), '[]'::json) FROM "${t.name}" t)`,
    );
    const [row] = await db.$queryRawUnsafe<{ dump: string }[]>(
      `SELECT json_build_object(${parts.join(", ")})::text AS dump`,
    );
    return row!.dump;
  }
  const out: Record<string, unknown> = {};
  for (const t of wanted)
    out[t.name] = await db.$queryRawUnsafe(`SELECT * FROM "${t.name}" ORDER BY ${t.orderBy}`);
  return serialize(out);
}

// ---------------------------------------------------------------------------------------------
// A small world: teacher A's essay, set, class and assignment; student A's card and open quiz.

const ESSAY_TEXT = `Lighthouse keepers on the northern cape trimmed the lamp wicks every evening at dusk. The tower stood on a granite ledge about sixty metres above the sea. Its lens was ground in a workshop far inland and carried up the cliff path by mules.

Fog signals warned ships when the beam could not pierce the mist. The keepers logged every passing vessel in a leather book that the harbour office collected each spring. A relief boat brought coal and fresh water once a month when the weather allowed.`;

interface World {
  teacher: SessionUser;
  student: SessionUser;
  essaySlug: string;
  itemId: string;
  classId: string;
  setId: string;
  assignmentId: string;
  cardId: string;
  quizId: string;
  questionIds: string[];
}
let w: World;

async function user(role: "student" | "teacher", tag: string): Promise<SessionUser> {
  const u = await db.user.create({
    data: { email: `${role}-${tag}@fuzz.test`, name: `${role} ${tag}`, role },
  });
  return { id: u.id, email: u.email, name: u.name, role };
}

beforeAll(async () => {
  tables = await listTables();
  const teacher = await user("teacher", "a");
  const student = await user("student", "a");
  const { slug } = await createEssay(teacher, { title: "Cape lighthouse", text: ESSAY_TEXT });
  // The world needs studyable items whatever the generator decides to publish: a teacher's choice.
  await db.item.updateMany({
    where: {
      essay: { slug },
      status: "draft",
      type: { in: ["cloze", "flashcard", "mcq", "true_false"] },
    },
    data: { status: "published" },
  });
  const items = await db.item.findMany({
    where: { essay: { slug }, status: "published" },
    orderBy: [{ type: "asc" }, { key: "asc" }],
  });
  expect(items.length).toBeGreaterThan(0);
  const klass = await createClass(teacher, { name: "Keepers" });
  await db.enrollment.create({ data: { classId: klass.id, userId: student.id } });
  const set = await createSet(teacher, { title: "Cape set", itemIds: items.map((i) => i.id) });
  const assignment = await db.assignment.create({
    data: {
      classId: klass.id,
      setId: set.id,
      createdById: teacher.id,
      mode: "quiz",
      dueAt: new Date(Date.now() + 7 * 86_400_000),
    },
  });
  const queue = await getReviewQueue(student, { limit: 5, essay: slug });
  const quiz = await createQuiz(student, { setId: set.id });
  w = {
    teacher,
    student,
    essaySlug: slug,
    itemId: items[0]!.id,
    classId: klass.id,
    setId: set.id,
    assignmentId: assignment.id,
    cardId: queue.cards[0]!.cardId,
    quizId: quiz.id,
    questionIds: quiz.questions.map((q) => q.id),
  };
}, 60_000);

// ---------------------------------------------------------------------------------------------
// Calling a route handler as a given user.

/** Percent-encoding that also sends a lone surrogate, as the invalid UTF-8 an attacker would send. */
function pct(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return [...s]
      .map((ch) => {
        const c = ch.charCodeAt(0);
        if (c >= 0xd800 && c <= 0xdfff && ch.length === 1)
          return `%${(0xe0 | (c >> 12)).toString(16)}%${(0x80 | ((c >> 6) & 0x3f)).toString(16)}%${(0x80 | (c & 0x3f)).toString(16)}`;
        return encodeURIComponent(ch);
      })
      .join("");
  }
}

type Sent = Answer;

async function send(
  route: { path: string; method: string; as: () => SessionUser | null },
  opts: { params?: Record<string, string>; bodyText?: string; rawQuery?: string },
): Promise<Sent> {
  const who = route.as();
  session.current = who ? { user: { id: who.id } } : null;
  return callRoute(route.path, route.method, {
    params: opts.params,
    bodyText: opts.bodyText,
    query: opts.rawQuery,
    encode: pct,
  });
}

/** The contract's error body: {error: {code, message}} (+ zod's issues list on a 422). */
function expectErrorShape(res: Sent, label: string) {
  let body: unknown;
  try {
    body = JSON.parse(res.text);
  } catch {
    throw new Error(`${label}: ${res.status} answer is not JSON: ${res.text.slice(0, 200)}`);
  }
  const b = body as { error?: { code?: unknown; message?: unknown; issues?: unknown } };
  expect(Object.keys(b), label).toEqual(["error"]);
  expect(b.error?.code, label).toBe(ERROR_CODE[res.status]);
  expect(typeof b.error?.message, label).toBe("string");
  expect((b.error!.message as string).length, label).toBeGreaterThan(0);
  const extra = Object.keys(b.error!).filter((k) => !["code", "message", "issues"].includes(k));
  expect(extra, label).toEqual([]);
  if (b.error!.issues !== undefined) expect(res.status, label).toBe(422);
}

function expectRefused(res: Sent, label: string) {
  expect(res.status, `${label} → ${res.status} ${res.text.slice(0, 300)}`).toBeGreaterThanOrEqual(
    400,
  );
  expect(res.status, `${label} → ${res.status} ${res.text.slice(0, 300)}`).toBeLessThan(500);
  expectErrorShape(res, label);
}

// ---------------------------------------------------------------------------------------------
// Hostile values.

const HOSTILE_CONSTANTS = [
  "\u0000",
  "a\u0000b",
  "\u202Egnirts desrever\u202C",
  "\u200F\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627",
  "👩‍👩‍👧‍👦🏳️‍🌈🇺🇦",
  "\uFEFFbom",
  "\ud800 lone surrogate",
  "Z\u0351\u0360\u0362a\u035C\u0361l\u0358g\u0489o",
  "' OR 1=1 --",
  '"; DROP TABLE "User"; --',
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "${7*7}{{7*7}}",
  "%00%0d%0a",
  "NaN",
  "1e308",
  "-0",
  "Infinity",
  "null",
  "__proto__",
  "constructor",
  "prototype",
  "   ",
  "",
];

/** Strings an attacker would send: any code points, emoji, RTL marks, NUL, and 100 KB+ ones. */
const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_CONSTANTS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.nat({ max: 3 }), fc.constantFrom("\u{1F525}", "\u202E", "x\u0000"))
      .map(([n, unit]) => unit.repeat(Math.ceil(100_000 / unit.length) + n)),
  },
);

/** Numbers sent as strings, and JSON numbers at the edges. */
const numberStrings = fc.constantFrom("NaN", "1e308", "-0", "Infinity", "-Infinity", "0x10", "");
const edgeNumbers = fc.constantFrom(1e308, -0, -1, 0, 2 ** 53 + 1, -(2 ** 31), 0.1, 1e-320);

/** JSON text for one object whose keys may be "__proto__" & co (a JS literal would set the prototype). */
function objectText(entries: [string, string][]): string {
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`;
}

const protoPayload = (inner: Record<string, unknown>) =>
  fc.constantFrom<[string, string][]>(
    [["__proto__", JSON.stringify({ ...inner, polluted: true, role: "teacher", isAdmin: true })]],
    [["constructor", JSON.stringify({ prototype: { ...inner, polluted: true } })]],
    [["prototype", JSON.stringify({ ...inner, polluted: true })]],
    [
      ["__proto__", JSON.stringify({ polluted: true })],
      ["constructor", JSON.stringify({ prototype: { polluted: true } })],
    ],
    [],
  );

const DEEP = 10_000;
const deepArray = "[".repeat(DEEP) + "]".repeat(DEEP);
const deepObject = '{"a":'.repeat(DEEP) + "1" + "}".repeat(DEEP);

/** Text that is not JSON at all. */
const invalidJsonText = fc.oneof(
  fc.constantFrom(
    "",
    "{",
    "{'a':1}",
    '{"a":1,}',
    "undefined",
    "NaN",
    "\uFEFF{}",
    '{"a":"\u0000"}',
    "[".repeat(DEEP),
    '{"a":'.repeat(DEEP),
    "{}".repeat(DEEP),
    "\u0000",
  ),
  fc.string({ unit: "binary", maxLength: 60 }).filter((s) => {
    try {
      JSON.parse(s);
      return false;
    } catch {
      return true;
    }
  }),
);

/** Valid JSON that is not an object. */
const nonObjectJsonText = fc.oneof(
  fc.constantFrom(deepArray, "null", "true", "0", "-0", "1e308", '"string"', "[]", "[{}]"),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }).map((v) => JSON.stringify(v)),
  hostileString.map((s) => JSON.stringify(s)),
  edgeNumbers.map((n) => JSON.stringify(n)),
);

// ---------------------------------------------------------------------------------------------
// The JSON routes: who may call them, a valid body, and the kind of each field.

type Kind =
  "string" | "number" | "enum" | "iso" | "idArray" | "stringArray" | "enumArray" | "answers";

interface Field {
  name: string;
  kind: Kind;
  /** For enums and enum arrays: the accepted values. */
  values?: readonly string[];
  /** For strings: longer than this is refused (so a longer string is invalid). */
  max?: number;
  /** Removing this field from the valid body makes it invalid. */
  required: boolean;
}

interface BodyRoute {
  path: string;
  method: "POST" | "PATCH";
  as: () => SessionUser | null;
  params?: () => Record<string, string>;
  valid: () => Record<string, unknown>;
  fields: Field[];
  maxBytes?: number;
  /** Tables the route legitimately writes on a refused request. */
  exclude?: readonly string[];
}

const ratingValues = ["again", "hard", "good", "easy"] as const;
const quizTypes = ["mcq", "true_false", "cloze", "short_answer"] as const;
const itemStatuses = ["draft", "published", "retired"] as const;

const BODY_ROUTES: BodyRoute[] = [
  {
    path: "/api/auth/signup",
    method: "POST",
    as: () => null,
    valid: () => ({
      email: `fuzz-${Math.random().toString(36).slice(2)}@fuzz.test`,
      password: "a long enough password",
      name: "Fuzz",
      role: "student",
    }),
    fields: [
      { name: "email", kind: "string", required: true, max: 254 },
      { name: "password", kind: "string", required: true, max: 256 },
      { name: "name", kind: "string", required: true, max: 100 },
      { name: "role", kind: "enum", values: ["student", "teacher"], required: true },
    ],
  },
  {
    path: "/api/essays",
    method: "POST",
    as: () => w.teacher,
    valid: () => ({ title: "Fuzzed essay", text: ESSAY_TEXT, source: "fuzz" }),
    fields: [
      { name: "title", kind: "string", required: true, max: 200 },
      { name: "text", kind: "string", required: true },
      { name: "source", kind: "string", required: false, max: 500 },
    ],
    maxBytes: 400 * 1024,
  },
  {
    path: "/api/items/{id}",
    method: "PATCH",
    as: () => w.teacher,
    params: () => ({ id: w.itemId }),
    valid: () => ({ explanation: "Fuzzed explanation." }),
    fields: [
      { name: "explanation", kind: "string", required: true, max: 4000 },
      { name: "prompt", kind: "string", required: false, max: 2000 },
      { name: "answer", kind: "string", required: false, max: 500 },
      { name: "choices", kind: "stringArray", required: false },
      { name: "status", kind: "enum", values: itemStatuses, required: false },
    ],
  },
  {
    path: "/api/me/password",
    method: "POST",
    as: () => w.student,
    valid: () => ({ currentPassword: "whatever it was", newPassword: "a brand new password" }),
    fields: [
      { name: "currentPassword", kind: "string", required: true, max: 256 },
      { name: "newPassword", kind: "string", required: true, max: 256 },
    ],
    // Wrong current passwords count against the sign-in limit: that write is the point.
    exclude: ["RateLimit"],
  },
  {
    path: "/api/me/settings",
    method: "PATCH",
    as: () => w.student,
    valid: () => ({ newCardsPerDay: 30 }),
    fields: [
      { name: "newCardsPerDay", kind: "number", required: true },
      { name: "desiredRetention", kind: "number", required: false },
    ],
  },
  {
    path: "/api/quizzes",
    method: "POST",
    as: () => w.student,
    valid: () => ({ setId: w.setId, count: 2 }),
    fields: [
      { name: "setId", kind: "string", required: true, max: 64 },
      { name: "count", kind: "number", required: false },
      { name: "essay", kind: "string", required: false },
      { name: "assignmentId", kind: "string", required: false },
      { name: "types", kind: "enumArray", values: quizTypes, required: false },
    ],
  },
  {
    path: "/api/quizzes/{id}/submit",
    method: "POST",
    as: () => w.student,
    params: () => ({ id: w.quizId }),
    valid: () => ({ answers: [] }),
    fields: [{ name: "answers", kind: "answers", required: true }],
  },
  {
    path: "/api/review/{cardId}",
    method: "POST",
    as: () => w.student,
    params: () => ({ cardId: w.cardId }),
    valid: () => ({ rating: "good", durationMs: 1200, idempotencyKey: "fuzz-key" }),
    fields: [
      { name: "rating", kind: "enum", values: ratingValues, required: true },
      { name: "durationMs", kind: "number", required: false },
      { name: "idempotencyKey", kind: "string", required: false, max: 100 },
    ],
  },
  {
    path: "/api/classes",
    method: "POST",
    as: () => w.teacher,
    valid: () => ({ name: "Fuzzed class" }),
    fields: [{ name: "name", kind: "string", required: true, max: 100 }],
  },
  {
    path: "/api/classes/join",
    method: "POST",
    as: () => w.student,
    valid: () => ({ joinCode: "ABCD2345" }),
    fields: [{ name: "joinCode", kind: "string", required: true, max: 64 }],
    // Wrong codes are counted per student (the join rate limit): that write is the point.
    exclude: ["RateLimit"],
  },
  {
    path: "/api/sets",
    method: "POST",
    as: () => w.teacher,
    valid: () => ({ title: "Fuzzed set", itemIds: [w.itemId] }),
    fields: [
      { name: "title", kind: "string", required: true, max: 200 },
      { name: "itemIds", kind: "idArray", required: true },
    ],
  },
  {
    path: "/api/sets/{id}",
    method: "PATCH",
    as: () => w.teacher,
    params: () => ({ id: w.setId }),
    valid: () => ({ title: "Fuzzed title" }),
    fields: [
      { name: "title", kind: "string", required: true, max: 200 },
      { name: "itemIds", kind: "idArray", required: false },
    ],
  },
  {
    path: "/api/assignments",
    method: "POST",
    as: () => w.teacher,
    valid: () => ({
      classId: w.classId,
      setId: w.setId,
      mode: "review",
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
    }),
    fields: [
      { name: "classId", kind: "string", required: true, max: 64 },
      { name: "setId", kind: "string", required: true, max: 64 },
      { name: "mode", kind: "enum", values: ["quiz", "review"], required: true },
      { name: "dueAt", kind: "iso", required: true },
    ],
  },
];

const anyJson = fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v));
const nonString = fc.oneof(
  fc.integer().map(String),
  edgeNumbers.map((n) => JSON.stringify(n)),
  fc.constantFrom("true", "false", "null", "[]", "{}", deepArray, '{"__proto__":{"x":1}}'),
  fc.array(hostileString, { maxLength: 3 }).map((a) => JSON.stringify(a)),
);
const nonNumber = fc.oneof(
  numberStrings.map((s) => JSON.stringify(s)),
  hostileString.map((s) => JSON.stringify(s)),
  fc.constantFrom("true", "null", "[]", "{}", "[1]", deepArray),
);
const nonArray = fc.oneof(
  hostileString.map((s) => JSON.stringify(s)),
  fc.constantFrom("null", "true", "1", "{}", '{"0":"x","length":1}', deepObject),
);
const badIdString = hostileString.filter((s) => !/^[A-Za-z0-9_-]{1,64}$/.test(s));

/** JSON text of a value the field certainly refuses. */
function invalidValue(f: Field): fc.Arbitrary<string> {
  const tooLong =
    f.max !== undefined
      ? fc.constant(JSON.stringify("x".repeat(f.max + 1)))
      : fc.constant(JSON.stringify(null));
  switch (f.kind) {
    case "string":
      return fc.oneof(nonString, tooLong);
    case "number":
      return nonNumber;
    case "enum":
      return fc.oneof(
        nonString,
        hostileString.filter((s) => !f.values!.includes(s)).map((s) => JSON.stringify(s)),
        fc.constantFrom(...f.values!.map((v) => JSON.stringify(`${v.toUpperCase()} `))),
      );
    case "iso":
      return fc.oneof(
        nonString,
        fc
          .constantFrom(
            "2030-01-31",
            "2030-01-31T17:00:00",
            "31/01/2030",
            "9999-12-31T00:00:00Z",
            "1970-01-01T00:00:00Z",
            "2030-13-01T00:00:00Z",
            "NaN",
            "1e308",
          )
          .map((s) => JSON.stringify(s)),
        hostileString.map((s) => JSON.stringify(s)),
      );
    case "idArray":
      return fc.oneof(
        nonArray,
        fc.constant("[]"),
        fc.array(badIdString, { minLength: 1, maxLength: 3 }).map((a) => JSON.stringify(a)),
        fc.array(nonString, { minLength: 1, maxLength: 3 }).map((a) => `[${a.join(",")}]`),
        fc.constant(JSON.stringify(Array.from({ length: 201 }, (_, i) => `id${i}`))),
      );
    case "stringArray":
      return fc.oneof(
        nonArray,
        fc.constantFrom("[]", '["only one"]', '["a", ""]', '["a", "   "]'),
        fc.array(nonString, { minLength: 2, maxLength: 3 }).map((a) => `[${a.join(",")}]`),
        fc.constant(JSON.stringify(Array.from({ length: 9 }, (_, i) => `c${i}`))),
      );
    case "enumArray":
      return fc.oneof(
        nonArray,
        fc.constant("[]"),
        fc
          .array(
            hostileString.filter((s) => !f.values!.includes(s)),
            { minLength: 1, maxLength: 3 },
          )
          .map((a) => JSON.stringify(a)),
        fc.array(nonString, { minLength: 1, maxLength: 2 }).map((a) => `[${a.join(",")}]`),
      );
    case "answers":
      return fc.oneof(
        nonArray,
        fc.array(nonString, { minLength: 1, maxLength: 3 }).map((a) => `[${a.join(",")}]`),
        fc
          .tuple(badIdString, hostileString)
          .map(([q, r]) => JSON.stringify([{ questionId: q, response: r }])),
        nonString.map((r) => `[{"questionId":"q1","response":${r}}]`),
        fc.constant(JSON.stringify([{ questionId: "q1", response: "x".repeat(1001) }])),
        fc.constant(JSON.stringify([{ response: "no question id" }])),
        fc.constant(
          JSON.stringify(
            Array.from({ length: 101 }, (_, i) => ({ questionId: `q${i}`, response: "" })),
          ),
        ),
      );
  }
}

/** A body the route must refuse: not JSON, not an object, a field of the wrong kind, a field missing, or too large. */
function invalidBody(r: BodyRoute): fc.Arbitrary<string> {
  const base = () =>
    Object.entries(r.valid()).map(([k, v]) => [k, JSON.stringify(v)] as [string, string]);
  const wrongField = fc
    .tuple(fc.constantFrom(...r.fields), protoPayload(r.valid()))
    .chain(([f, proto]) =>
      invalidValue(f).map((value) =>
        objectText([...base().filter(([k]) => k !== f.name), [f.name, value], ...proto]),
      ),
    );
  const required = r.fields.filter((f) => f.required);
  const missingField = fc
    .tuple(fc.constantFrom(...required), protoPayload(r.valid()))
    .map(([f, proto]) => objectText([...base().filter(([k]) => k !== f.name), ...proto]));
  const onlyHostileKeys = fc
    .tuple(
      protoPayload(r.valid()),
      fc.array(
        fc.tuple(
          hostileString.filter((k) => !r.fields.some((f) => f.name === k)),
          anyJson,
        ),
        {
          maxLength: 3,
        },
      ),
    )
    .map(([proto, extra]) => objectText([...proto, ...extra]));
  const maxBytes = r.maxBytes ?? 64 * 1024;
  const tooLarge = fc.constant(
    objectText([...base(), ["padding", JSON.stringify("€".repeat(Math.ceil(maxBytes / 3) + 10))]]),
  );
  return fc.oneof(
    { weight: 1, arbitrary: invalidJsonText },
    { weight: 1, arbitrary: nonObjectJsonText },
    { weight: 4, arbitrary: wrongField },
    { weight: 1, arbitrary: missingField },
    { weight: 1, arbitrary: onlyHostileKeys },
    { weight: 1, arbitrary: fc.constant(deepObject) },
    { weight: 1, arbitrary: tooLarge },
  );
}

/** A hostile body that may still be valid (an emoji title is a fine title). */
function hostileBody(r: BodyRoute): fc.Arbitrary<string> {
  const fieldValue = fc.oneof(
    hostileString.map((s) => JSON.stringify(s)),
    anyJson,
    edgeNumbers.map((n) => JSON.stringify(n)),
    fc.constantFrom("1e309", "-1e309", "-0", "1E400"),
  );
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(
          fc.subarray(r.fields, { minLength: 1 }),
          fc.array(fieldValue, { minLength: r.fields.length, maxLength: r.fields.length }),
          protoPayload(r.valid()),
        )
        .map(([fields, values, proto]) => {
          const entries = Object.entries(r.valid()).map(
            ([k, v]) => [k, JSON.stringify(v)] as [string, string],
          );
          fields.forEach((f, i) => {
            const at = entries.findIndex(([k]) => k === f.name);
            if (at >= 0) entries.splice(at, 1);
            entries.push([f.name, values[i]!]);
          });
          return objectText([...entries, ...proto]);
        }),
    },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 80 }) },
  );
}

/**
 * Otherwise valid bodies with a NUL or half a surrogate pair in one text field. PostgreSQL fails on
 * both (a 500 before readJson refused them), so every text field of every route is tried on every
 * run, not left to chance.
 */
const BAD_TEXT = ["nul\u0000", "high\ud800", "low\udc00", "\udc00\ud800"];
function badTextBodies(r: BodyRoute): string[] {
  return BAD_TEXT.flatMap((bad) => {
    const out = r.fields
      .filter((f) => f.kind === "string")
      .map((f) => JSON.stringify({ ...r.valid(), [f.name]: `${bad}${f.name}` }));
    if (r.fields.some((f) => f.kind === "answers"))
      out.push(JSON.stringify({ answers: [{ questionId: w.questionIds[0], response: bad }] }));
    return out;
  });
}

// ---------------------------------------------------------------------------------------------
// The query routes.

interface QueryRoute {
  path: string;
  as: () => SessionUser;
  params?: () => Record<string, string>;
  invalid: () => fc.Arbitrary<Record<string, string>>;
  keys: string[];
}

const slugLike = /^[a-z0-9][a-z0-9-]{0,119}$/;
const notIn = (values: readonly string[]) => hostileString.filter((s) => !values.includes(s));
const QUERY_ROUTES: QueryRoute[] = [
  {
    path: "/api/review/queue",
    as: () => w.student,
    keys: ["limit", "set", "essay"],
    invalid: () =>
      fc.oneof(
        fc
          .oneof(
            fc.constantFrom("NaN", "1e308", "-0", "0", "101", "1.5", "-1", "Infinity", "abc", ""),
            fc.constant("9".repeat(100_001)),
            hostileString.filter((s) => {
              const n = Number(s);
              return !(Number.isInteger(n) && n >= 1 && n <= 100);
            }),
          )
          .map((limit) => ({ limit })),
        badIdString.map((set) => ({ set })),
        hostileString.filter((s) => !slugLike.test(s)).map((essay) => ({ essay })),
        fc.constant({ set: w.setId, essay: w.essaySlug }),
      ),
  },
  {
    path: "/api/essays/{slug}/items",
    as: () => w.student,
    params: () => ({ slug: w.essaySlug }),
    keys: ["type", "status"],
    invalid: () =>
      fc.oneof(
        notIn(["mcq", "true_false", "cloze", "short_answer", "flashcard"]).map((type) => ({
          type,
        })),
        notIn(itemStatuses).map((status) => ({ status })),
      ),
  },
  {
    path: "/api/assignments/{id}/report",
    as: () => w.teacher,
    params: () => ({ id: w.assignmentId }),
    keys: ["format"],
    invalid: () => notIn(["json", "csv"]).map((format) => ({ format })),
  },
];

const hostileQueryExtras = fc.dictionary(
  fc.oneof(fc.constantFrom("__proto__", "constructor", "prototype", "limit[]"), hostileString),
  hostileString,
  { maxKeys: 3 },
);

function queryText(q: Record<string, string>, extras: Record<string, string> = {}): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(extras)) sp.append(k, v);
  // The named (invalid) values come last, so a duplicate key in the extras never hides them.
  for (const [k, v] of Object.entries(q)) {
    sp.delete(k);
    sp.append(k, v);
  }
  return sp.toString();
}

// ---------------------------------------------------------------------------------------------

const fcParams = { numRuns: RUNS, endOnFailure: true } as const;

describe("fuzzing the JSON routes", () => {
  describe.each(BODY_ROUTES)("$method $path", (r) => {
    const route = { path: r.path, method: r.method, as: r.as };
    const label = `${r.method} ${r.path}`;

    it("refuses invalid bodies with a 4xx in the error shape, changing nothing", async () => {
      const before = await dumpDb(r.exclude);
      await fc.assert(
        fc.asyncProperty(invalidBody(r), async (bodyText) => {
          const res = await send(route, { params: r.params?.(), bodyText });
          expectRefused(res, `${label} with ${bodyText.slice(0, 120)}`);
          expect(await dumpDb(r.exclude), `${label} changed the database`).toBe(before);
        }),
        { ...fcParams, examples: badTextBodies(r).map((b): [string] => [b]) },
      );
    });

    it("refuses a valid body sent cross-site or as a form, changing nothing", async () => {
      const before = await dumpDb(r.exclude);
      const bodyText = JSON.stringify(r.valid());
      const who = r.as();
      session.current = who ? { user: { id: who.id } } : null;
      const hostile: [Record<string, string>, number][] = [
        [{ origin: "https://evil.example" }, 403],
        [{ origin: "http://localhost:8080" }, 403],
        [{ "sec-fetch-site": "cross-site" }, 403],
        [{ "content-type": "text/plain" }, 415],
        [{ "content-type": "application/x-www-form-urlencoded" }, 415],
      ];
      for (const [headers, status] of hostile) {
        const res = await callRoute(r.path, r.method, { params: r.params?.(), bodyText, headers });
        expectRefused(res, `${label} with ${JSON.stringify(headers)}`);
        expect(res.status, `${label} with ${JSON.stringify(headers)}`).toBe(status);
        expect(await dumpDb(r.exclude), `${label} changed the database`).toBe(before);
      }
    });

    it("answers hostile bodies without a 500; a refusal changes nothing", async () => {
      await fc.assert(
        fc.asyncProperty(hostileBody(r), async (bodyText) => {
          const before = await dumpDb(r.exclude);
          const res = await send(route, { params: r.params?.(), bodyText });
          if (res.status < 400) return;
          expectRefused(res, `${label} with ${bodyText.slice(0, 120)}`);
          expect(await dumpDb(r.exclude), `${label} changed the database`).toBe(before);
        }),
        { ...fcParams, numRuns: 20 },
      );
    });
  });

  describe.each(QUERY_ROUTES)("GET $path", (r) => {
    const route = { path: r.path, method: "GET", as: r.as };

    it("refuses invalid queries with 400, changing nothing", async () => {
      const before = await dumpDb();
      await fc.assert(
        fc.asyncProperty(r.invalid(), hostileQueryExtras, async (q, extras) => {
          const res = await send(route, { params: r.params?.(), rawQuery: queryText(q, extras) });
          expectRefused(res, `GET ${r.path} ?${queryText(q, extras).slice(0, 120)}`);
          expect(res.status).toBe(400);
          expect(await dumpDb(), `GET ${r.path} changed the database`).toBe(before);
        }),
        fcParams,
      );
    });

    it("answers hostile raw query strings without a 500", async () => {
      const raw = fc.oneof(
        fc.constantFrom(
          "%",
          "%E0%A4%A",
          "&&==&",
          "limit=%00",
          "__proto__[polluted]=1&constructor[prototype][polluted]=1",
          "type=%F0%9F%94%A5&status=%E2%80%AE",
          `${r.keys[0]}=1&${r.keys[0]}=2`,
        ),
        fc.string({ unit: "binary", maxLength: 60 }),
        fc.tuple(fc.constantFrom(...r.keys), hostileString).map(([k, v]) => `${k}=${pct(v)}`),
      );
      await fc.assert(
        fc.asyncProperty(raw, async (rawQuery) => {
          const before = await dumpDb();
          const res = await send(route, { params: r.params?.(), rawQuery });
          if (res.status < 400) return;
          expectRefused(res, `GET ${r.path} ?${rawQuery.slice(0, 120)}`);
          expect(await dumpDb()).toBe(before);
        }),
        { ...fcParams, numRuns: 20 },
      );
    });
  });

  /** Every route with a path param, with a hostile or unknown param: 404, nothing changed. */
  const PARAM_ROUTES: {
    path: string;
    method: string;
    as: () => SessionUser;
    params: (v: string) => Record<string, string>;
    body?: () => unknown;
  }[] = [
    {
      path: "/api/assignments/{id}/report",
      method: "GET",
      as: () => w.teacher,
      params: (id) => ({ id }),
    },
    { path: "/api/classes/{id}", method: "GET", as: () => w.teacher, params: (id) => ({ id }) },
    {
      path: "/api/classes/{id}/join-code",
      method: "POST",
      as: () => w.teacher,
      params: (id) => ({ id }),
    },
    {
      path: "/api/classes/{id}/students/{userId}",
      method: "DELETE",
      as: () => w.teacher,
      params: (v) => ({ id: w.classId, userId: v }),
    },
    {
      path: "/api/classes/{id}/students/{userId}",
      method: "PUT",
      as: () => w.teacher,
      params: (v) => ({ id: v, userId: w.student.id }),
    },
    {
      path: "/api/essays/{slug}",
      method: "GET",
      as: () => w.student,
      params: (slug) => ({ slug }),
    },
    {
      path: "/api/essays/{slug}/items",
      method: "GET",
      as: () => w.student,
      params: (slug) => ({ slug }),
    },
    {
      path: "/api/essays/{slug}/regenerate",
      method: "POST",
      as: () => w.teacher,
      params: (slug) => ({ slug }),
    },
    {
      path: "/api/essays/{slug}/share",
      method: "POST",
      as: () => w.teacher,
      params: (slug) => ({ slug }),
    },
    {
      path: "/api/essays/{slug}/share",
      method: "DELETE",
      as: () => w.teacher,
      params: (slug) => ({ slug }),
    },
    {
      path: "/api/items/{id}",
      method: "PATCH",
      as: () => w.teacher,
      params: (id) => ({ id }),
      body: () => ({ explanation: "Param fuzz" }),
    },
    { path: "/api/quizzes/{id}", method: "GET", as: () => w.student, params: (id) => ({ id }) },
    {
      path: "/api/quizzes/{id}/submit",
      method: "POST",
      as: () => w.student,
      params: (id) => ({ id }),
      body: () => ({ answers: [] }),
    },
    {
      path: "/api/review/{cardId}",
      method: "POST",
      as: () => w.student,
      params: (cardId) => ({ cardId }),
      body: () => ({ rating: "good" }),
    },
    { path: "/api/sets/{id}", method: "GET", as: () => w.teacher, params: (id) => ({ id }) },
    {
      path: "/api/sets/{id}",
      method: "PATCH",
      as: () => w.teacher,
      params: (id) => ({ id }),
      body: () => ({ title: "Param fuzz" }),
    },
  ];

  describe.each(PARAM_ROUTES)("$method $path with a hostile param", (r) => {
    it("answers 404 and changes nothing", async () => {
      const before = await dumpDb();
      const param = fc.oneof(
        hostileString,
        fc.stringMatching(/^[a-z0-9]{25}$/),
        fc.constantFrom("..", "%2e%2e", "a/b", " ", "null", "undefined", "0", "-1"),
      );
      await fc.assert(
        fc.asyncProperty(param, async (value) => {
          // A value like "null" is a fine slug: if an earlier property made an essay of that name,
          // it is no longer hostile.
          fc.pre(!(await namesSomething(value)));
          const body = r.body?.();
          const res = await send(r, {
            params: r.params(value),
            ...(body !== undefined ? { bodyText: JSON.stringify(body) } : {}),
          });
          expectRefused(res, `${r.method} ${r.path} with ${JSON.stringify(value).slice(0, 80)}`);
          expect(res.status).toBe(404);
          expect(await dumpDb()).toBe(before);
        }),
        { ...fcParams, numRuns: 15 },
      );
    });
  });
});

/** Whether a route param would name a row that exists (then a 200 is right, not a 404). */
async function namesSomething(value: string): Promise<boolean> {
  // Every id and slug is made of these characters; anything else names nothing (and a NUL would
  // not even reach PostgreSQL).
  if (!/^[A-Za-z0-9_-]{1,120}$/.test(value)) return false;
  const found = await Promise.all([
    db.essay.findFirst({ where: { OR: [{ slug: value }, { id: value }] }, select: { id: true } }),
    db.item.findUnique({ where: { id: value }, select: { id: true } }),
    db.card.findUnique({ where: { id: value }, select: { id: true } }),
    db.quiz.findUnique({ where: { id: value }, select: { id: true } }),
    db.class.findUnique({ where: { id: value }, select: { id: true } }),
    db.itemSet.findUnique({ where: { id: value }, select: { id: true } }),
    db.assignment.findUnique({ where: { id: value }, select: { id: true } }),
    db.user.findUnique({ where: { id: value }, select: { id: true } }),
  ]);
  return found.some(Boolean);
}

afterAll(() => {
  // JSON.parse makes "__proto__" an own key, and zod drops unknown keys: nothing reached Object.prototype.
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted).toBeUndefined();
  expect(probe.isAdmin).toBeUndefined();
  expect(probe.role).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
});
