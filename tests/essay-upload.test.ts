import fs from "node:fs";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { describe, expect, it, vi } from "vitest";
import { zipSync } from "fflate";

/** POST /api/essays with documents, the preview, progress rows, and the worker thread. */
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session-token", () => ({
  sessionClaims: async () => (session.userId ? { uid: session.userId, sv: 0 } : null),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

import { NextRequest } from "next/server";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { createEssay } from "@/lib/data/essays";
import { capDrafts, MAX_DRAFTS_PER_CLAIM, storeNewEssay } from "@/lib/content/store-new-essay";
import type { GeneratedItem, GenerationResult } from "@/lib/generate";
import { MAX_DOCX_UNPACKED_BYTES } from "@/lib/documents/limits";
import { routeFile, type Handler } from "./support/call-route";

const documents = path.join(__dirname, "fixtures/documents");
const corpusLike = fs.readFileSync(path.join(__dirname, "fixtures/river-essay.md"), "utf8");

async function user(role: "teacher" | "student", tag: string): Promise<SessionUser> {
  const u = await db.user.create({ data: { email: `${tag}@upload.test`, name: tag, role } });
  return { id: u.id, email: u.email, name: u.name, role };
}

async function call(
  as: SessionUser,
  method: string,
  apiPath: string,
  body?: FormData,
  params: Record<string, string> = {},
) {
  session.userId = as.id;
  const mod = (await import(routeFile(apiPath))) as Record<string, Handler>;
  const url = apiPath.replace(/\{(\w+)\}/g, (_, k: string) => params[k]!);
  const req = new NextRequest(`http://localhost${url}`, { method, body });
  const res = await mod[method]!(req, { params: Promise.resolve(params) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

function form(file: Uint8Array | string, name: string, fields: Record<string, string> = {}) {
  const f = new FormData();
  f.append("file", new Blob([typeof file === "string" ? file : new Uint8Array(file)]), name);
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(documents, name)));
const essayCount = () => db.essay.count();

describe("uploading documents to POST /api/essays", () => {
  it("stores a PDF's essay under the document's own title, with its file type and name", async () => {
    const teacher = await user("teacher", "pdf-teacher");
    const res = await call(
      teacher,
      "POST",
      "/api/essays",
      form(fixture("running-headers.pdf"), "fed3 scan final.pdf"),
    );
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ slug: "federalist-no-3" });
    const essay = await db.essay.findUniqueOrThrow({ where: { slug: "federalist-no-3" } });
    expect(essay).toMatchObject({
      title: "Federalist No. 3",
      fileType: "pdf",
      fileName: "fed3 scan final.pdf",
    });
    expect(essay.text).not.toContain("THE FEDERALIST PAPERS");
    expect(await db.item.count({ where: { essayId: essay.id } })).toBe(res.json.itemCount);
  });

  it("takes a form title over the document's, and a web page's byline as the source", async () => {
    const teacher = await user("teacher", "html-teacher");
    const res = await call(
      teacher,
      "POST",
      "/api/essays",
      form(fixture("news-page.html"), "page.html", { title: "Bagua clashes" }),
    );
    expect(res.status).toBe(201);
    const essay = await db.essay.findUniqueOrThrow({ where: { slug: String(res.json.slug) } });
    expect(essay).toMatchObject({
      title: "Bagua clashes",
      source: "Juan Arellano",
      fileType: "html",
    });
  });

  it("refuses hostile and unreadable files with a 4xx and stores nothing", async () => {
    const teacher = await user("teacher", "hostile-teacher");
    const bomb = zipSync({ "word/document.xml": new Uint8Array(MAX_DOCX_UNPACKED_BYTES + 4096) });
    const before = await essayCount();
    const cases: [Uint8Array | string, string, number, RegExp][] = [
      [bomb, "bomb.docx", 413, /unpacks to more than/],
      [fixture("scanned.pdf"), "scan.pdf", 422, /scanned images; OCR it first/],
      ["%PDF-1.4\nnot really", "broken.pdf", 422, /could not be read|scanned/],
      [
        new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0]),
        "essay.txt",
        422,
        /not a document/,
      ],
      ["", "empty.md", 422, /empty/],
    ];
    for (const [bytes, name, status, message] of cases) {
      const res = await call(
        teacher,
        "POST",
        "/api/essays",
        form(bytes, name, { title: "Hostile" }),
      );
      expect({ name, status: res.status }).toEqual({ name, status });
      expect((res.json.error as { message: string }).message).toMatch(message);
    }
    expect(await essayCount()).toBe(before);
  });

  it("previews a document without storing anything, and students may not use it", async () => {
    const teacher = await user("teacher", "preview-teacher");
    const before = await essayCount();
    const res = await call(
      teacher,
      "POST",
      "/api/essays/extract",
      form(fixture("earthquakes.docx"), "quakes.docx"),
    );
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      format: "docx",
      title: "The Science of Earthquakes",
      fileName: "quakes.docx",
    });
    expect(String(res.json.text)).toMatch(/^Originally written by Lisa Wald/);
    expect(await essayCount()).toBe(before);
    const student = await user("student", "preview-student");
    expect(
      (await call(student, "POST", "/api/essays/extract", form("# Hi\n\ntext", "a.md"))).status,
    ).toBe(403);
  });
});

describe("pasted HTML", () => {
  it("is read as a web page: the article's words are stored, never its markup or scripts", async () => {
    const teacher = await user("teacher", "paste-teacher");
    const html = fs.readFileSync(path.join(documents, "news-page.html"), "utf8");
    const created = await createEssay(teacher, { title: "Pasted page", text: html });
    const essay = await db.essay.findUniqueOrThrow({ where: { slug: created.slug } });
    expect(essay.text).toMatch(/^The continuing tense situation in the Amazon Region/);
    for (const junk of ["<p>", "<script", "Share on Facebook", "Advertisement"])
      expect(essay.text).not.toContain(junk);
  });
});

describe("progress and the worker thread", () => {
  it("records an upload's stages under the page's id, for its teacher only", async () => {
    const teacher = await user("teacher", "progress-teacher");
    const created = await createEssay(teacher, {
      title: "Harbor",
      text: corpusLike,
      uploadId: "page-upload-1",
    });
    const mine = await call(teacher, "GET", "/api/essays/uploads/{uploadId}", undefined, {
      uploadId: "page-upload-1",
    });
    expect(mine.status).toBe(200);
    expect(mine.json).toMatchObject({
      stage: "done",
      slug: created.slug,
      itemsStored: created.itemCount,
    });
    const other = await user("teacher", "progress-other");
    const theirs = await call(other, "GET", "/api/essays/uploads/{uploadId}", undefined, {
      uploadId: "page-upload-1",
    });
    expect(theirs.status).toBe(404);
  });

  it("keeps the event loop free while a long essay is generated and stored", async () => {
    const teacher = await user("teacher", "loop-teacher");
    // About 60 KB of varied prose: generating it inline would block for seconds.
    const text = Array.from({ length: 24 }, (_, i) =>
      corpusLike.replace(/harbor/gi, `harbor ${i + 1}`),
    ).join("\n\n");
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const started = performance.now();
    const created = await createEssay(teacher, { title: "Long harbor", text });
    const elapsed = performance.now() - started;
    delay.disable();
    expect(created.itemCount).toBeGreaterThan(0);
    const worstMs = delay.max / 1e6;
    expect(worstMs).toBeLessThan(Math.max(400, elapsed / 5));
  }, 120_000);

  it("keeps each claim's best drafts up to the cap and every published item", () => {
    const item = (claimKey: string, n: number, status: "draft" | "published"): GeneratedItem =>
      ({ key: `${claimKey}-${n}`, claimKey, status, quality: n / 100 }) as GeneratedItem;
    const items = [
      item("a", 1, "published"),
      ...Array.from({ length: 20 }, (_, n) => item("a", n + 2, "draft")),
      item("b", 5, "draft"),
    ];
    const kept = capDrafts(items);
    expect(kept.filter((i) => i.claimKey === "a" && i.status === "draft")).toHaveLength(
      MAX_DRAFTS_PER_CLAIM,
    );
    expect(
      kept.filter((i) => i.claimKey === "a" && i.status === "draft").map((i) => i.quality),
    ).toEqual([16, 17, 18, 19, 20, 21].map((n) => n / 100));
    expect(kept).toContain(items[0]);
    expect(kept.some((i) => i.claimKey === "b")).toBe(true);
  });

  it("removes the essay again when storing its items fails part-way", async () => {
    const teacher = await user("teacher", "fail-teacher");
    const good = {
      key: "k1",
      claimKey: "c1",
      type: "cloze",
      prompt: "p",
      answer: "a",
      explanation: "e",
      source: { sentence: "s" },
      status: "published",
      quality: 1,
    };
    const result = {
      generatorVersion: "test",
      paragraphs: [],
      claims: [{ key: "c1", text: "t", paragraph: 0, sentence: 0, score: 1 }],
      // 300 good items fill the first batches; the next names a claim that does not exist.
      items: [
        ...Array.from({ length: 300 }, (_, i) => ({ ...good, key: `k${i}` })),
        { ...good, key: "orphan", claimKey: "missing" },
      ],
    } as unknown as GenerationResult;
    const before = await essayCount();
    await expect(
      storeNewEssay(
        { slug: "half-stored", title: "Half", text: "x", source: "", ownerId: teacher.id },
        result,
      ),
    ).rejects.toThrow();
    expect(await essayCount()).toBe(before);
    expect(await db.item.count({ where: { key: "k5", essay: { slug: "half-stored" } } })).toBe(0);
  });
});
