import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { zipSync, strToU8 } from "fflate";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { extractDocument } from "@/lib/documents";
import { sniffFormat } from "@/lib/documents/sniff";
import { MAX_DOCX_UNPACKED_BYTES, MAX_ESSAY_BYTES } from "@/lib/documents/limits";
import { AppError } from "@/lib/errors";

const dir = path.join(__dirname, "fixtures/documents");
const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(dir, name)));
const paragraphs = (text: string) => text.split("\n\n");

async function refusal(bytes: Uint8Array): Promise<AppError> {
  const err = await extractDocument(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe("PDF", () => {
  it("reads a two-column page column by column, with the title apart and page numbers gone", async () => {
    const doc = await extractDocument(fixture("two-column.pdf"));
    expect(doc.format).toBe("pdf");
    expect(doc.title).toBe("Gazpacho");
    const ps = paragraphs(doc.text);
    expect(ps[0]).toMatch(/^GAZPACHO \(; \) or ANDALUSIAN GAZPACHO is a cold soup/);
    // The second paragraph starts in the left column and its sentences run on unbroken.
    expect(ps[1]).toContain(
      "closely related to Andalusian gazpacho and often considered variants thereof",
    );
    // The left column's last paragraph continues at the top of the right column, not beside it.
    for (const p of ps) expect(p).not.toMatch(/\s{2,}/);
    expect(doc.text).toContain("Gazpacho has ancient roots.");
    expect(doc.text.indexOf("Gazpacho has ancient roots.")).toBeLessThan(
      doc.text.indexOf("During the 19th century"),
    );
    expect(ps.some((p) => /^\d+$/.test(p))).toBe(false);
    expect(doc.text).not.toMatch(/(^|\n)Gazpacho\n/);
  });

  it("drops running headers and 'Page n of m', joins hyphenated line ends, keeps paragraphs", async () => {
    const doc = await extractDocument(fixture("running-headers.pdf"));
    expect(doc.title).toBe("Federalist No. 3");
    expect(doc.text).not.toContain("THE FEDERALIST PAPERS");
    expect(doc.text).not.toMatch(/Page \d+ of \d+/);
    // The fixture breaks long words across lines ("consid-" / "eration"); none survive broken.
    expect(doc.text).not.toMatch(/\p{Ll}- \p{Ll}/u);
    expect(doc.text).toContain("the more I become convinced that they are cogent and conclusive");
    const ps = paragraphs(doc.text);
    expect(ps.length).toBe(8);
    expect(ps[0]).toMatch(/^The more attentively I consider/);
  });

  it("refuses a PDF with no text layer with the OCR message", async () => {
    const err = await refusal(fixture("scanned.pdf"));
    expect(err.status).toBe(422);
    expect(err.message).toBe("This PDF is scanned images; OCR it first.");
  });

  it("refuses a malformed PDF with a 422, not a crash", async () => {
    const broken = strToU8(
      "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
    );
    const err = await refusal(broken);
    expect(err.status).toBe(422);
    expect(err.message).toMatch(/could not be read|scanned/);
    const truncated = fixture("running-headers.pdf").subarray(0, 900);
    expect((await refusal(truncated)).status).toBe(422);
  });

  it("keeps the same text whatever the file's name, since the format comes from its bytes", async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc
      .addPage()
      .drawText("A single short line of text on one page here.", { x: 50, y: 700, font, size: 12 });
    const bytes = await doc.save();
    expect(sniffFormat(bytes.subarray(0, 16))).toBe("pdf");
    expect((await extractDocument(bytes)).text).toBe(
      "A single short line of text on one page here.",
    );
  });
});

describe("DOCX", () => {
  it("keeps the title as the title and headings and paragraphs as paragraphs", async () => {
    const doc = await extractDocument(fixture("earthquakes.docx"));
    expect(doc.format).toBe("docx");
    expect(doc.title).toBe("The Science of Earthquakes");
    const ps = paragraphs(doc.text);
    expect(ps).not.toContain("The Science of Earthquakes");
    expect(ps).toContain("What is an earthquake?");
    expect(ps.find((p) => p.startsWith("An earthquake is what happens"))).toMatch(/epicenter\.$/);
  });

  it("refuses a zip bomb before mammoth unpacks it, whatever its headers claim", async () => {
    const huge = new Uint8Array(MAX_DOCX_UNPACKED_BYTES + 1024 * 1024);
    const bomb = zipSync({
      "[Content_Types].xml": strToU8("<Types/>"),
      "word/document.xml": huge,
    });
    expect(bomb.length).toBeLessThan(200 * 1024);
    const err = await refusal(bomb);
    expect(err.status).toBe(413);
    expect(err.message).toMatch(/unpacks to more than/);
  });

  it("refuses a zip that is not a Word document, and a broken one", async () => {
    const other = zipSync({ "notes.txt": strToU8("hello") });
    expect((await refusal(other)).message).toMatch(/not a document Claimdeck reads/);
    const broken = fixture("earthquakes.docx").subarray(0, 2000);
    expect((await refusal(broken)).status).toBe(422);
  });
});

describe("HTML", () => {
  it("keeps a saved news page's headline, byline and paragraphs and nothing around them", async () => {
    const doc = await extractDocument(fixture("news-page.html"));
    expect(doc.format).toBe("html");
    expect(doc.title).toBe("Peru: Clashes Break Out in the Amazon Region");
    expect(doc.byline).toBe("Juan Arellano");
    expect(paragraphs(doc.text)[0]).toMatch(/^The continuing tense situation in the Amazon Region/);
    for (const junk of [
      "Advertisement",
      "Share on Facebook",
      "Share it with your friends",
      "Photo caption",
      "Related stories",
      "About us",
      "hijacked",
      "trackPageview",
      "licensed under CC BY",
    ])
      expect(doc.text).not.toContain(junk);
  });

  it("never runs a page's scripts and refuses a page with no article", async () => {
    const err = await refusal(
      strToU8("<html><body><script>globalThis.ran = 1</script><nav>Home</nav></body></html>"),
    );
    expect(err.status).toBe(422);
    expect((globalThis as { ran?: number }).ran).toBeUndefined();
  });
});

describe("Markdown and plain text", () => {
  it("takes the title from the first heading and does not repeat it as body text", async () => {
    const md =
      "# Why Bees Dance\n\nBees *dance* to tell [their hive](https://x.test) where food is found, and the angle of the dance points the way.\n";
    const doc = await extractDocument(strToU8(md));
    expect(doc).toMatchObject({ format: "markdown", title: "Why Bees Dance" });
    expect(doc.text).toBe(
      "Bees dance to tell their hive where food is found, and the angle of the dance points the way.",
    );
  });

  it("reads a plain-text first line standing alone as the title", async () => {
    const doc = await extractDocument(
      strToU8("Tides\n\nThe moon pulls the sea toward it, and the earth turns beneath the bulge."),
    );
    expect(doc).toMatchObject({ format: "text", title: "Tides" });
    expect(doc.text).toBe(
      "The moon pulls the sea toward it, and the earth turns beneath the bulge.",
    );
  });

  it("refuses binary files, empty files, non-UTF-8 text and text over the limit", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect((await refusal(png)).message).toMatch(/not a document Claimdeck reads/);
    expect((await refusal(new Uint8Array())).message).toMatch(/empty/);
    expect((await refusal(new Uint8Array([0x48, 0xe9, 0x6c, 0x6c, 0x6f, 0x20, 0xff]))).status).toBe(
      422,
    );
    const long = strToU8("word ".repeat(MAX_ESSAY_BYTES / 4));
    expect((await refusal(long)).status).toBe(413);
  });
});
