import { parseHTML } from "linkedom";

/** Elements whose text is one paragraph of the essay. */
const BLOCK = new Set([
  "P",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "LI",
  "BLOCKQUOTE",
  "PRE",
  "DT",
  "DD",
]);
/** Elements never read: scripts and styles, captions, forms, and page furniture. */
const SKIP = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "FIGCAPTION",
  "FIGURE",
  "NAV",
  "ASIDE",
  "FORM",
  "BUTTON",
  "SELECT",
  "IFRAME",
  "OBJECT",
  "SVG",
  "TABLE",
  "FOOTER",
]);

export interface Block {
  heading: boolean;
  text: string;
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * The readable blocks of an HTML fragment, in document order: headings and paragraphs, one each.
 * Text that sits loose in a container (no <p>) still counts as a paragraph of its own.
 */
export function htmlBlocks(html: string): Block[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out: Block[] = [];
  let loose = "";
  const flush = () => {
    const t = squash(loose);
    if (t) out.push({ heading: false, text: t });
    loose = "";
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        loose += child.textContent ?? "";
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (SKIP.has(el.tagName)) continue;
      if (el.tagName === "BR") loose += " ";
      else if (BLOCK.has(el.tagName) && !el.querySelector("p, li, h1, h2, h3, h4, h5, h6")) {
        flush();
        const text = squash(el.textContent ?? "");
        if (text) out.push({ heading: /^H[1-6]$/.test(el.tagName), text });
      } else if (
        BLOCK.has(el.tagName) ||
        /^(DIV|SECTION|ARTICLE|MAIN|UL|OL|DL|HEADER)$/.test(el.tagName)
      ) {
        flush();
        walk(el);
        flush();
      } else walk(el);
    }
  };
  walk(document.body);
  flush();
  return out;
}

/** Blocks to the essay text; a first block equal to the title is not repeated as body text. */
export function blocksToText(blocks: Block[], title: string): string {
  const same = (a: string, b: string) => squash(a).toLowerCase() === squash(b).toLowerCase();
  const body = blocks.length && title && same(blocks[0]!.text, title) ? blocks.slice(1) : blocks;
  return body.map((b) => b.text).join("\n\n");
}
