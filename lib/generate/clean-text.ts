import { CONFIG } from "./config";
import { analyze } from "./nlp";
import { splitSentences } from "./split-text";

// General signals of web furniture. None of these name a site or an essay: they describe the
// kinds of text scrapers drag along (calls to action, publisher blurbs, credits, navigation).
const CALL_TO_ACTION =
  /\b(?:sign[ -]?up|subscribe|newsletter|read more|read next|get the latest|stay informed|follow us|share (?:this|on)|click here|learn more|download (?:the|our)|donate|support (?:our|us)|join (?:our|us)|advertisement|sponsored|see also|related (?:articles?|stories|posts)|cookie|privacy policy|terms of (?:use|service)|all rights reserved|copyright|©|inbox|unsubscribe|sign in|log ?in to|recommended for you|more from|most read|trending now|listen to (?:this|the) (?:article|podcast)|min(?:ute)? read)\b/i;
const DISCLAIMER =
  /\b(?:(?:opinions?|views?)(?: expressed)?(?: in this [a-z]+)? (?:are|is) (?:those|solely|the author|my own)|do(?:es)? not necessarily (?:reflect|represent)|the author(?:s)? (?:is|are) (?:a|an|the) [^.]{0,60}\b(?:at|of)\b|this (?:article|story|piece|post) (?:was|is|first|originally) (?:published|appeared|adapted|updated))/i;
const PUBLISHER =
  /\b(?:is|are)\s+(?:\p{L}+['’]s\s+)?(?:an?\s+|the\s+)?(?:(?:online|weekly|daily|monthly|independent|nonprofit|non-profit|digital|award-winning|leading|flagship|news|media|science|business|local|national|reader-funded|reader-supported)\s+)*(?:journal|magazine|newsletter|publication|blog|website|newspaper|think[- ]tank|outlet|platform|podcast|news site)\b/iu;
const BLURB_LINE =
  /^\p{L}[\p{L}'’ ]{0,40}['’]s\s+(?:(?:online|weekly|daily|independent|nonprofit|digital)\s+)*(?:journal|magazine|newsletter|publication|blog|website|newspaper|outlet|platform|podcast)\b/iu;
const CREDIT =
  /^(?:by|written by|words by|author|photo|photograph|image|illustration|caption|credit|source|edited by|reporting by|updated|published|posted)\b[\s:|]/i;
const CREDIT_ANY =
  /\b(?:getty images|shutterstock|associated press|ap photo|afp via|reuters\/|photo credit|image credit|photo by|image:)\b/i;
const LINK_LIKE =
  /(?:https?:\/\/|www\.|\b[\w-]+\.(?:com|org|net|io|co\.uk)\b|@\w{2,}|\S+@\S+\.\w+|\s[|»›>]\s|^#\w)/i;
/** A phone number to call ("1-800-555-0199", "(555) 010-0199"): a site's contact line, not prose. */
const PHONE = /(?:\b1-8\d\d-[\dA-Z]|\(\d{3}\)\s?\d{3}-\d{4}\b|\b\d{3}-\d{3}-\d{4}\b)/;
/** "About us: …", "About the author", "Our journalists cover…": the publisher describing itself. */
const ABOUT_START =
  /^(?:about\s+(?:us|the\s+(?:author|authors|publisher|writer|site|magazine|newsletter)|this\s+(?:site|publication))\b|who\s+we\s+are\b)/i;
/** "About Acme Media: …": a named publisher introducing itself. */
const ABOUT_NAME =
  /^About\s+(?:the\s+|The\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,4}\s*(?::|$)/u;
const SELF_DESCRIPTION =
  /^(?:(?:our|we)\s+(?:are\s+(?:funded|supported|an?\s)|(?:team|staff|newsroom|journalists|reporters|editors|writers|correspondents|mission|readers)\b|(?:cover|report|publish|bring|deliver|provide)\s)|since\s+(?:1[89]|20)\d\d,?\s+we\b)/i;
/** Publisher self-talk anywhere in a sentence: "funded by our readers", "our journalists". */
const SELF_TALK_ANY =
  /\b(?:our\s+(?:readers|journalists|reporters|editors|newsroom|subscribers|members|coverage|journalism)|since\s+(?:1[89]|20)\d\d,?\s+we)\b/i;
/**
 * "To learn whether the treatment suits you, see the summaries …", "For more information, visit …":
 * a pointer to other pages, whatever its length — the page sending its reader elsewhere.
 */
const REFERRAL =
  /^(?:(?:to|for)\s+(?:learn|find\s+out|read|know|get|see)\b[^.;]{0,160},\s*(?:please\s+)?(?:see|visit|read|call|go\s+to|check|contact|click|ask|talk\s+to)\b|for\s+more\s+(?:information|details|on)\b)/i;
/** "… (December 12, 2019).Return to text", "↩": a footnote's link back to where it was cited. */
const BACK_LINK = /(?:return\s+to\s+text|back\s+to\s+(?:text|top)|↩)\s*$/i;
/** "The [Tab] key may be used … caption on/off": a media player's keyboard help. */
const PLAYER_HELP =
  /\[(?:tab|enter|return|space|esc)[^\]]{0,20}\]\s*key\b|\bkeyboard\s+shortcuts?\b|\b(?:captions?|subtitles?)\s+on\/off\b/i;
/** "![A nurse at work. ](/files/nurse.jpg)": a Markdown image, its alt text a caption. */
const IMAGE_MARKUP = /!\[[^\]]*\]\([^)\s]*\)/;
/** A paragraph that opens a Markdown image: its alt text describes a picture, however long. */
const IMAGE_OPENING = /^\s*!\[/;
const IMPERATIVE_START =
  /^(?:sign|subscribe|follow|share|click|read|get|join|download|register|support|donate|watch|listen|see|learn|discover|explore|contact|email|tweet|like|comment|buy|order|shop|try|visit|view|continue|skip|go|back|return|print|save|sponsored)\b/i;

function words(s: string): string[] {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Headlines and credits have no finite verb; the tagger decides (only short lines are tagged). */
function hasFiniteVerb(line: string): boolean {
  const toks = analyze(line).tokens;
  return toks.some(
    (t, i) =>
      t.pos === "AUX" ||
      (t.pos === "VERB" &&
        !/ing$/i.test(t.text) &&
        !(i === 0 && t.text.toLowerCase() === t.lemma) &&
        toks[i - 1]?.pos !== "DET"),
  );
}

/** How strongly one line or sentence looks like web furniture rather than essay prose. */
export function furnitureScore(line: string): number {
  const t = line.trim();
  if (!t) return 0;
  const w = words(t);
  let score = 0;
  if (CALL_TO_ACTION.test(t)) score += w.length <= 25 ? 2 : 1;
  if (DISCLAIMER.test(t)) score += 2;
  if (PUBLISHER.test(t) || BLURB_LINE.test(t)) score += 2;
  if (CREDIT.test(t) && w.length <= 14) score += 2;
  if (CREDIT_ANY.test(t)) score += 2;
  if (LINK_LIKE.test(t)) score += w.length <= 12 ? 2 : 1;
  if (PHONE.test(t)) score += 2;
  if (BACK_LINK.test(t) || PLAYER_HELP.test(t) || IMAGE_MARKUP.test(t)) score += 2;
  if (REFERRAL.test(t)) score += 2;
  if (IMPERATIVE_START.test(t) && w.length <= 15) score += 1;
  if (ABOUT_START.test(t) || ABOUT_NAME.test(t)) score += 2;
  if (SELF_DESCRIPTION.test(t)) score += 1;
  const unfinished = !/[.!?"”’)\]:;…]$/.test(t);
  if (unfinished && w.length <= 10) score += 1;
  if (unfinished && w.length <= 12 && !hasFiniteVerb(t)) score += 1;
  if (w.length <= 3 && unfinished) score += 1;
  return score;
}

export interface CleanedParagraph {
  text: string;
  sentences: string[];
  boilerplate: boolean;
  /** Per sentence: furniture inside an essay paragraph is kept but never quizzed. */
  sentenceFurniture: boolean[];
}

/**
 * Flags paragraphs that are not the essay. A short line that recurs in the text (a site name
 * repeated in a blurb) counts against the paragraph too.
 */
export function cleanParagraphs(paragraphs: string[]): CleanedParagraph[] {
  const lineCounts = new Map<string, number>();
  for (const p of paragraphs)
    for (const l of p.split("\n")) {
      const k = l.trim().toLowerCase().replace(/[’]/g, "'");
      if (k) lineCounts.set(k, (lineCounts.get(k) ?? 0) + 1);
    }
  const allText = paragraphs.join("\n").toLowerCase().replace(/[’]/g, "'");
  const out: CleanedParagraph[] = paragraphs.map((text) => {
    const sentences = splitSentences(text);
    const sentenceFurniture = sentences.map((s) => {
      let sc = furnitureScore(s);
      const key = s.trim().toLowerCase().replace(/[’]/g, "'");
      const w = words(s).length;
      // A short unpunctuated line that appears again elsewhere (a masthead, a site name) is furniture.
      if (w <= 6 && !/[.!?]$/.test(s.trim()) && countOccurrences(allText, key) > 1) sc += 2;
      if ((lineCounts.get(key) ?? 0) > 1 && w <= 12) sc += 1;
      return sc >= 2;
    });
    const flagged = sentenceFurniture.filter(Boolean).length;
    const boilerplate = sentences.length > 0 && flagged * 2 >= sentences.length;
    return { text, sentences, boilerplate, sentenceFurniture };
  });
  // A publisher blurb: a paragraph that opens "About us" (or sits beside a ©/"Contact us" footer
  // and speaks as "our journalists…") is the site, not the essay.
  out.forEach((p, i) => {
    if (p.boilerplate) return;
    const first = p.sentences[0] ?? "";
    const footerNear =
      /©|\bcontact us\b|\ball rights reserved\b/i.test(p.text) ||
      /©|\bcontact us\b|\ball rights reserved\b/i.test(out[i + 1]?.text ?? "");
    const selfTalk = p.sentences.some((x) => SELF_DESCRIPTION.test(x.trim()));
    // A paragraph that speaks of "our readers"/"our journalists" describes the publisher wherever
    // it sits on the page.
    const publisherTalk = p.sentences.some((x) => SELF_TALK_ANY.test(x));
    // "About Acme Media" as a heading of its own: the paragraph under it is the blurb.
    const previous = (out[i - 1]?.text ?? "").trim();
    const underAboutHeading = ABOUT_NAME.test(previous) && previous.split(/\s+/).length <= 7;
    if (
      underAboutHeading ||
      // "![Three-panel drawing showing …": a Markdown image's alt text, describing a picture.
      IMAGE_OPENING.test(p.text) ||
      ABOUT_START.test(first.trim()) ||
      ABOUT_NAME.test(first.trim()) ||
      (footerNear && selfTalk) ||
      publisherTalk
    ) {
      p.boilerplate = true;
      p.sentenceFurniture = p.sentences.map(() => true);
    }
  });
  // Everything under a "References" / "See also" / "External links" heading is apparatus; so is
  // a health page's closing "About This Summary" (who wrote it, how to cite and reuse it).
  const refAt = out.findIndex((p) => REFERENCES_HEADING.test(p.text.trim()));
  if (refAt > 0)
    for (const p of out.slice(refAt)) {
      p.boilerplate = true;
      p.sentenceFurniture = p.sentences.map(() => true);
    }
  markHeadnote(out);
  // A trailing run of short fragments after the last real paragraph is page footer.
  for (let i = out.length - 1; i >= 0; i--) {
    const p = out[i]!;
    if (p.boilerplate) continue;
    if (words(p.text).length <= 6 && !/[.!?"”]$/.test(p.text.trim())) {
      p.boilerplate = true;
      continue;
    }
    break;
  }
  return out;
}

/**
 * "Fellow-Citizens:", "To the People of …:": an address opens with its salutation. What an
 * editor put above it (the occasion, the weather) is a headnote, not the text the teacher
 * brought — as long as it is a short preface, not a letter quoted late in an essay.
 */
function markHeadnote(out: CleanedParagraph[]): void {
  const at = out.findIndex((p) => p.text.split("\n").some((l) => SALUTATION.test(l.trim())));
  if (at <= 0) return;
  const before = out.slice(0, at).reduce((n, p) => n + words(p.text).length, 0);
  const total = out.reduce((n, p) => n + words(p.text).length, 0);
  if (before > total * CONFIG.clean.maxHeadnoteShare) return;
  for (const p of out.slice(0, at)) {
    p.boilerplate = true;
    p.sentenceFurniture = p.sentences.map(() => true);
  }
}
const SALUTATION =
  /^(?:(?:my\s+)?fellow[- ]?\p{L}+(?:\s+and\s+\p{L}+)?|to\s+the\s+(?:people|citizens|inhabitants|members|electors)\b[\p{L} ,.'-]{0,60}|dear\s+[\p{L} .'-]{2,40}|ladies\s+and\s+gentlemen)\s*[:,]$/iu;

const REFERENCES_HEADING =
  /^(?:#+\s*)?(?:references|notes|see also|external links|further reading|bibliography|sources|citations|footnotes|about this(?:\s+[\w-]+)?\s+(?:summary|page|article|guide|fact sheet|booklet|publication|document))\s*(?:\[edit\])?:?$/i;

function countOccurrences(hay: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  let i = hay.indexOf(needle);
  while (i >= 0) {
    n++;
    i = hay.indexOf(needle, i + needle.length);
  }
  return n;
}
