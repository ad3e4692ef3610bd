import { NextRequest } from "next/server";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it, vi } from "vitest";

/** The export routes as a client meets them: headers, bytes, and who may call them. */
const session = vi.hoisted(() => ({ current: null as null | string }));
vi.mock("@/lib/auth/session-token", () => ({
  sessionClaims: async () => (session.current ? { uid: session.current, sv: 0 } : null),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

import { db } from "@/lib/db";
import { createSet } from "@/lib/data/sets";
import { makeItems, makeUser, review } from "./support/teach-fixtures";
import { routeFile, type Handler } from "./support/call-route";

async function get(
  apiPath: string,
  params: Record<string, string>,
  query: string,
  as: string | null,
) {
  session.current = as;
  const mod = (await import(routeFile(apiPath))) as Record<string, Handler>;
  const url = apiPath.replace(/\{(\w+)\}/g, (_, k: string) => params[k]!) + query;
  const res = await mod.GET!(new NextRequest(`http://localhost${url}`), {
    params: Promise.resolve(params),
  });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return {
    status: res.status,
    headers: res.headers,
    bytes,
    text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes),
  };
}

const BOM = "\uFEFF";
let teacher: Awaited<ReturnType<typeof makeUser>>;
let student: Awaited<ReturnType<typeof makeUser>>;
let setId: string;
let slug: string;
let items: Awaited<ReturnType<typeof makeItems>>;

beforeAll(async () => {
  teacher = await makeUser("teacher");
  student = await makeUser("student");
  items = await makeItems({ flashcard: "draft" });
  // A cell a spreadsheet would run as a formula, a tab and a newline Quizlet would split at, and
  // a name Excel mangles without a byte order mark.
  await db.item.update({
    where: { id: items[2]!.id },
    data: { prompt: '=HYPERLINK("http://evil")\tfirst\nsecond', answer: 'Zoë, "quoted"' },
  });
  ({ id: setId } = await createSet(teacher, {
    title: "Wicks: Ünïcode / set",
    itemIds: items.map((i) => i.id),
  }));
  slug = (await db.essay.findUniqueOrThrow({ where: { id: items[0]!.essayId } })).slug;
});

describe("set and essay exports", () => {
  it("CSV: BOM, header, one RFC 4180 row per published item, formulas defused, attachment name safe", async () => {
    const res = await get("/api/sets/{id}/export", { id: setId }, "?format=csv", teacher.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="wicks-unicode-set.csv"',
    );
    expect(res.text.startsWith(BOM)).toBe(true);
    const lines = res.text.slice(1).split("\r\n");
    expect(lines[0]).toBe("Type,Front,Back,Choices,Explanation,Source sentence,Essay,Essay source");
    // Four published items (the flashcard is a draft); the multi-line prompt stays one quoted cell.
    expect(
      res.text
        .slice(1)
        .trimEnd()
        .split(/\r\n(?=[a-z_]+,)/),
    ).toHaveLength(5);
    expect(res.text).not.toContain("Which wick is number 4?");
    expect(res.text).toContain(
      `cloze,"'=HYPERLINK(""http://evil"")\tfirst\nsecond","Zoë, ""quoted"""`,
    );
    expect(res.text).toContain("mcq,Which wick is number 0?,wick 0,wick 0 | lamp | oil,");
  });

  it("Quizlet: term TAB definition a line, with tabs and newlines inside fields flattened", async () => {
    const res = await get("/api/essays/{slug}/export", { slug }, "?format=quizlet", student.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="fixture-[a-z0-9-]+-quizlet\.txt"$/,
    );
    expect(res.text.startsWith(BOM)).toBe(true);
    const lines = res.text.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line.split("\t")).toHaveLength(2);
    expect(lines).toContain('=HYPERLINK("http://evil") first second\tZoë, "quoted"');
    expect(lines).toContain("Which wick is number 0? (wick 0 / lamp / oil)\twick 0");
  });

  it("Anki: an .apkg zip with the collection and media map", async () => {
    const res = await get("/api/sets/{id}/export", { id: setId }, "?format=apkg", teacher.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="wicks-unicode-set.apkg"',
    );
    expect(Object.keys(unzipSync(res.bytes)).sort()).toEqual(["collection.anki2", "media"]);
  });

  it("a missing or unknown format is a 400 in the contract's shape", async () => {
    for (const q of ["", "?format=xlsx", "?format=APKG"]) {
      const res = await get("/api/sets/{id}/export", { id: setId }, q, teacher.id);
      expect(res.status).toBe(400);
      const body = JSON.parse(res.text) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("bad_request");
      expect(body.error.message).toContain("apkg");
    }
  });

  it("a set that is not yours and an essay that does not exist are 404; signed out is 401", async () => {
    const other = await makeUser("teacher");
    expect(
      (await get("/api/sets/{id}/export", { id: setId }, "?format=csv", other.id)).status,
    ).toBe(404);
    expect(
      (await get("/api/sets/{id}/export", { id: setId }, "?format=csv", student.id)).status,
    ).toBe(404);
    expect(
      (await get("/api/essays/{slug}/export", { slug: "no-such-essay" }, "?format=csv", student.id))
        .status,
    ).toBe(404);
    expect((await get("/api/sets/{id}/export", { id: setId }, "?format=csv", null)).status).toBe(
      401,
    );
  });
});

describe("review history", () => {
  it("is the caller's own log: UTC times, rating, states, interval, duration, undone flag", async () => {
    const me = await makeUser("student");
    const someoneElse = await makeUser("student");
    await review(me.id, items[0]!.id, 3);
    await review(me.id, items[1]!.id, 1, true);
    await review(someoneElse.id, items[3]!.id, 4);
    const res = await get("/api/review/history", {}, "?format=csv", me.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="review-history-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(res.text.startsWith(BOM)).toBe(true);
    const lines = res.text.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "Reviewed at (UTC),Essay,Item,Answer,Rating,State before,State after,Next due (UTC),Interval (days),Duration (ms),Undone",
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z,Fixture [0-9a-f]+,Which wick is number 0\?,wick 0,good,new,/,
    );
    expect(lines[1]!.endsWith(",no")).toBe(true);
    expect(lines[2]).toContain(",again,");
    expect(lines[2]!.endsWith(",yes")).toBe(true);
    expect(res.text).not.toContain("Which wick is number 3?");
  });

  it("is just the header for someone who never reviewed; other formats are a 400", async () => {
    const res = await get("/api/review/history", {}, "", teacher.id);
    expect(res.status).toBe(200);
    expect(res.text.slice(1).trimEnd().split("\r\n")).toHaveLength(1);
    expect((await get("/api/review/history", {}, "?format=json", teacher.id)).status).toBe(400);
    expect((await get("/api/review/history", {}, "?format=csv", null)).status).toBe(401);
  });
});
