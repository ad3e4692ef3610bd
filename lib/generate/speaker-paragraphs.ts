import { SPEECH_VERB } from "./words";
import { findSpeaker, speakerName, type Speaker } from "./speaker";

/**
 * Who speaks, across sentences and paragraphs (speaker.ts has the rules for one sentence): a
 * quotation opened in one sentence runs on into the next, '“…,” she said' means the person last
 * named, and the paragraph after "X writes:" is X's block quote.
 */
/** A sentence that announces someone's words: "Mara Lind put it bluntly.", "One farmer explained why:". */
const INTRODUCES = new RegExp(`^(.{2,80}?)\\s+(?:${SPEECH_VERB.source})\\b[^.]{0,60}[.:]$`, "u");

/** The pronoun in '“…,” she said.' / '“…,” said he.' */
const PRONOUN_SPEAKER = new RegExp(
  `[”"],?\\s+(?:(he|she|they)\\s+(?:${SPEECH_VERB.source})|(?:${SPEECH_VERB.source})\\s+(he|she|they))[.!]?$`,
  "u",
);

/** Net quotation marks a sentence leaves open (+1), closes (-1) or balances (0). */
function quoteBalance(s: string): number {
  const opens = (s.match(/“/g) ?? []).length;
  const closes = (s.match(/”/g) ?? []).length;
  if (opens || closes) return Math.sign(opens - closes);
  // Straight quotes: an odd count opens at the start of a sentence and closes elsewhere.
  const straight = (s.match(/"/g) ?? []).length;
  if (straight % 2 === 0) return 0;
  return /^\s*"/.test(s) ? 1 : -1;
}

/**
 * '… the old weir,” said Mara Holt, head of the survey.': who the sentence that closes a
 * quotation names as its speaker, however long the title before the name.
 */
const CLOSES_WITH_SPEAKER = new RegExp(
  `[”"],?\\s+(?:${SPEECH_VERB.source})\\s+(.{2,160}?)[.!]?$`,
  "u",
);
function closingSpeaker(t: string): { who: string } | null {
  const m = CLOSES_WITH_SPEAKER.exec(t);
  const who = m ? speakerName(m[1]!, false) : null;
  if (!who) return null;
  // "County Director of Harbour Works Tomas Reed": the person is the last name in the title.
  // A run of more than three capitalised words is a title run into the name: its last two.
  const last = who.match(NAME_RUN)?.at(-1)?.split(/\s+/);
  if (!last) return { who };
  return { who: (last.length > 3 ? last.slice(-2) : last).join(" ") };
}

/** Does the sentence's last opening mark start someone's words (at its start, after a colon or a speech verb)? */
function opensSpeech(s: string): boolean {
  const at = Math.max(s.lastIndexOf("“"), /^\s*"/.test(s) ? s.indexOf('"') : -1);
  if (at < 0) return false;
  const before = s.slice(0, at);
  return (
    /^\s*$|[:,]\s*$/.test(before) ||
    new RegExp(`(?:${SPEECH_VERB.source})\\s*(?:that\\s*)?$`, "u").test(before)
  );
}

/**
 * Verbs that hand over to a quotation only before a colon that ends a paragraph: "Lind wonders
 * about the harbour:", "a reader predicted the closure:" (in a sentence, they report no words).
 */
const QUOTE_INTRO_VERB =
  /(?:wonder|ponder|predict|ask|express|doubt|mention|call|compile|continue|reflect|lament|urge|suggest|recount|describe|criticiz|criticis|mock|joke|quip)(?:s|es|ed|d)?/u;

/** "X stresses:", "As one blogger put it:": a paragraph ending so introduces a block quote. */
const BLOCK_INTRO = new RegExp(
  `^(.{2,200}?)\\s+(?:${SPEECH_VERB.source}|${QUOTE_INTRO_VERB.source})\\b[^:]{0,160}:\\s*$`,
  "u",
);

/** "Here is an excerpt from Mara Lind's blog:": a source named before a colon, with no verb. */
const SOURCE_INTRO =
  /\b(?:post|blog|article|statement|letter|tweet|excerpt|speech|interview|message|column|editorial|account|testimony)\b[^:]{0,120}:\s*$/iu;
const NAME_RUN = /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+/gu;

/** "… is described as", "… are mentioned": a verb in the passive names no speaker. */
const PASSIVE_END = /\b(?:is|are|was|were|be|been|being)$/i;
/** "and added:", "He went on:": the intro names no one new; the last speaker goes on. */
const GOES_ON = /^(?:and|but|then|also|later|he|she|they|and\s+then|he\s+also|she\s+also)$/i;
/** "Another user @harbourwatch compared the monks to nobles:": a handle names who is quoted. */
const HANDLE_INTRO = /((?:\p{Lu}[\p{L}'’-]+\s+){0,3})\(?(@\w{2,})\)?[^:]{0,160}:\s*$/u;

/**
 * Who a paragraph ending in a colon introduces, or null when it introduces no quotation;
 * `goesOn` when it only says the last speaker went on.
 */
function blockIntro(last: string): { who: string | null; goesOn?: boolean } | null {
  const m = BLOCK_INTRO.exec(last);
  // "**Stage 3:** The tumour is described as one of the following:": a passive verb introduces a
  // list, and no one speaks it.
  if (m && PASSIVE_END.test(m[1]!.trim())) return null;
  if (m && GOES_ON.test(m[1]!.trim())) return { who: null, goesOn: true };
  if (m) return { who: speakerName(m[1]!) };
  const h = HANDLE_INTRO.exec(last);
  if (h) return { who: h[1]!.trim() ? h[1]!.trim() : h[2]! };
  if (!SOURCE_INTRO.test(last)) return null;
  // The name that owns the source ("Mara Lind's blog"), if the sentence gives one.
  const names = last.match(NAME_RUN);
  return { who: names ? names[names.length - 1]!.replace(/['’]s$/, "") : null };
}

/**
 * Speakers of every sentence, keyed "paragraph:sentence": the attribution rules run in reading
 * order, carrying an open quotation across sentences and a colon-introduced block quote across
 * one paragraph (or, when it is first given in another language, across as many translated
 * paragraphs as there were in that language).
 */
export function findSpeakers(
  paragraphs: { sentences: string[]; boilerplate?: boolean }[],
  foreign: (sentence: string) => boolean,
): Map<string, Speaker> {
  const out = new Map<string, Speaker>();
  let blockBy: string | null | undefined;
  let blockLeft = 0;
  // Paragraphs of the quotation given in its own language, whose translations are still to come.
  let untranslated = 0;
  // The person last named as speaking: who "she said" means, in this paragraph or the next.
  let lastNamed: string | undefined;
  paragraphs.forEach((p, pi) => {
    if (p.sentences.length === 0) return;
    const intro = blockIntro(p.sentences[p.sentences.length - 1]!.trim());
    const inBlock = blockLeft > 0 ? blockBy : undefined;
    blockLeft = Math.max(0, blockLeft - 1);
    // Paragraphs cleaning set aside still count: a quotation may sit in one.
    if (p.boilerplate) {
      if (intro)
        [blockBy, blockLeft, untranslated] = [intro.goesOn ? (lastNamed ?? null) : intro.who, 1, 0];
      else if (inBlock !== undefined && p.sentences.every(foreign)) {
        untranslated++;
        blockLeft = 1;
      }
      return;
    }
    let open: string | null | undefined;
    let lastQuoted: string | null | undefined;
    // Sentences of the quotation still open: '“A. B,” said X.' names X only at its close.
    let openKeys: string[] = [];
    p.sentences.forEach((text, si) => {
      const t = text.trim();
      const balance = quoteBalance(t);
      let sp: Speaker | null;
      if (open !== undefined) {
        sp = findSpeaker({ text: t, openQuoteBy: open });
        if (balance < 0) {
          // '… the old weir,” said Mara Holt.': the closing sentence names who spoke it all.
          const closer = open === null ? closingSpeaker(t) : null;
          if (closer?.who) {
            sp = {
              ...(sp ?? { rule: "speaker.quote-continues", shown: false, words: t }),
              who: closer.who,
            };
            for (const k of openKeys) out.set(k, { ...out.get(k)!, who: closer.who });
          }
          open = undefined;
        }
      } else {
        sp = findSpeaker({ text: t, ...(inBlock !== undefined ? { blockQuoteBy: inBlock } : {}) });
        // '“…,” said X. “More words…': a quotation that follows X's goes on in X's voice.
        const named = !sp && /^["“]/.test(t) ? closingSpeaker(t) : null;
        if (named)
          sp = {
            who: named.who,
            rule: "speaker.quote-then-speaker",
            shown: true,
            words: t.replace(/^["“]/, "").replace(/[,!?]?["”][^"”]*$/, ""),
          };
        else if (!sp && /^["“]/.test(t))
          sp = findSpeaker({ text: t.replace(/^["“]/, ""), openQuoteBy: lastQuoted ?? null });
        if (balance > 0) open = sp?.who ?? lastQuoted ?? null;
      }
      // '… or “AI-5“, the fifth…': a stray mark inside a sentence opens no quotation of speech.
      if (open !== undefined && balance > 0 && !opensSpeech(t)) open = undefined;
      // '“…,” she said.': the pronoun is the person the paragraph last named as speaking.
      const byPronoun = sp?.rule === "speaker.quote-then-speaker" && PRONOUN_SPEAKER.test(t);
      if (sp && sp.who === null && (byPronoun || sp.rule === "speaker.quote-continues"))
        sp = { ...sp, who: lastNamed ?? null };
      if (sp) out.set(`${pi}:${si}`, sp);
      openKeys = open !== undefined && sp ? [...openKeys, `${pi}:${si}`] : [];
      if (sp?.who) lastNamed = sp.who;
      // "Mara Lind put it bluntly.": a sentence that introduces someone speaking, with no quote
      // of its own, hands its speaker to the quotation that follows.
      const intro = sp ? null : INTRODUCES.exec(t);
      lastQuoted =
        sp && sp.rule !== "speaker.said-that"
          ? sp.who
          : intro && !/["“”]/.test(t)
            ? speakerName(intro[1]!)
            : undefined;
    });
    if (intro) {
      blockBy = intro.goesOn ? (lastNamed ?? null) : intro.who;
      blockLeft = 1;
      untranslated = 0;
    } else if (inBlock !== undefined) {
      if (p.sentences.filter(foreign).length * 2 >= p.sentences.length) {
        // The quotation in its own language: the translation that follows is the same speaker.
        untranslated++;
        blockLeft = 1;
      } else if (untranslated > 0) {
        // Three paragraphs in French, then their three translations: all of them the speaker's.
        untranslated--;
        blockLeft = untranslated;
      }
    }
  });
  return out;
}
