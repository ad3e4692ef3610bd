/**
 * Markdown to the plain prose the generator reads. Paragraph breaks are kept; markup that would
 * end up inside a quoted source sentence (link targets, emphasis marks, heading hashes) is not.
 * Plain text passes through unchanged.
 */
export function markdownToText(input: string): string {
  let text = input.replace(/\r\n?/g, "\n");
  text = text.replace(/^---\n[\s\S]*?\n---\n/, ""); // front matter
  text = text.replace(/^```[\s\S]*?^```\s*$/gm, ""); // fenced code
  text = text.replace(/!\[[^\]]*\]\([^)]*\)/g, ""); // images
  text = text.replace(/\[([^\]]+)\]\((?:[^)\s]+)(?:\s+"[^"]*")?\)/g, "$1"); // links keep their text
  text = text.replace(/<\/?[a-zA-Z][^>]*>/g, ""); // inline HTML tags
  text = text.replace(/^#{1,6}\s+/gm, ""); // heading marks
  text = text.replace(/^\s{0,3}>\s?/gm, ""); // block quotes
  text = text.replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, ""); // list markers
  text = text.replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2"); // strong
  text = text.replace(/(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])/g, "$1"); // emphasis
  text = text.replace(/(?<!\w)_(?=\S)([^_\n]*?\S)_(?!\w)/g, "$1");
  text = text.replace(/`([^`]+)`/g, "$1");
  text = text.replace(/^\s*([-*_])(\s*\1){2,}\s*$/gm, ""); // rules
  return text.replace(/\n{3,}/g, "\n\n").trim();
}

/** True when the text looks like a binary file rather than prose. */
export function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const sample = text.slice(0, 4096);
  if (!sample.length) return false;
  let odd = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13)) odd++;
  }
  return odd / sample.length > 0.02;
}
