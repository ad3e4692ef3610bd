import type { ParagraphPointInput } from "./idea-paragraph-point";

/** The imagined local-news opinion piece the examples are paragraphs of. */
export const ESSAY = [
  "Town libraries once closed at five in the afternoon.",
  "Most readers then worked until six.",
  "A library that shuts before its readers are free has failed the town it serves.",
];
export const LIBRARY = ESSAY.slice(0, 2);

/**
 * Paragraphs that get no paragraph-point card, each with the reason in a comment (made-up text;
 * run with the rule in idea-paragraph-point-rules.ts by rules.test.ts).
 */
export const PARAGRAPH_POINT_PASSES: ParagraphPointInput[] = [
  // A paragraph that builds up to its one closing question makes its point there.
  {
    sentences: [
      "A paper map shows the roads and waits for the reader.",
      "A guide on the phone reroutes the trip as the traffic changes.",
      "Who, then, answers for a wrong turn the guide chose?",
    ],
    central: 0,
    dangling: 0,
  },
  // "The said agreement" is the one named before.
  {
    sentences: [
      "The said agreement binds both towns to keep the ferry running in winter.",
      "Neither town has paid its share this year.",
      "The ferry stopped in December.",
    ],
    central: 0,
    dangling: 0,
  },
  // A two-sentence paragraph that turns makes its point in the turn.
  {
    sentences: [
      "Every school should teach swimming to young children.",
      "But the cost of the pools falls on the smallest towns.",
    ],
    central: 0,
    dangling: 0,
  },
  // The writer introducing themself, or pointing to their own earlier writing.
  {
    sentences: [
      "I am a librarian who has run three branches in market towns.",
      "I believe that evening hours matter more than new shelves.",
    ],
    central: 0,
    dangling: 0,
  },
  {
    sentences: [
      "I have written before about the council's plan to close the village branches.",
      "The plan is back on the agenda.",
      "Readers can write to their councillor before March.",
    ],
    central: 0,
    dangling: 0,
  },
  // "One example:" supports a point; "the same flaw" is the one named before.
  {
    sentences: [
      "One example: without a late bus, no village reader can reach the branch.",
      "The last bus leaves at six.",
    ],
    central: 0,
    dangling: 0,
  },
  {
    sentences: [
      "The village branch has the same flaw: it closes before the farms stop work.",
      "Most farm workers finish at seven.",
    ],
    central: 0,
    dangling: 0,
  },
  // An opening that addresses the reader or sets the scene leads up to the point.
  {
    sentences: [
      "You should know that the library must close at five on weekdays.",
      "The council set the hours when most readers were farmers.",
      "Few readers are farmers now.",
    ],
    central: 0,
    dangling: 0,
  },
  {
    sentences: [
      "On a wet Monday morning, the reading room is full of people waiting for the doors.",
      "Most of them are pensioners who come for the newspapers.",
      "The council should open the doors an hour earlier.",
    ],
    central: 0,
    dangling: 0,
  },
  // A hedged opening, or one ending on a comparison with nothing to compare with.
  {
    sentences: [
      "Old town libraries seem to have been built for readers with free afternoons.",
      "Their reading rooms face west for the evening light.",
      "Their doors open onto the market square.",
    ],
    central: 0,
    dangling: 0,
  },
  {
    sentences: [
      "In the village branches the need for evening hours is more striking.",
      "Few villages have a bus after six.",
      "Readers there borrow most books on Saturdays.",
    ],
    central: 0,
    dangling: 0,
  },
  // A later conclusion, or several stands of the writer's own: the point spans the paragraph.
  {
    sentences: [
      "Every school should teach swimming to young children.",
      "Drowning is still common in coastal towns.",
      "Therefore the council must pay for the lessons in every town.",
    ],
    central: 0,
    dangling: 0,
  },
  {
    sentences: [
      "We want every reader to have a library within walking distance.",
      "Our job is to keep the small branches open in the evening.",
      "We prefer a small branch that opens late to a large one that closes early.",
    ],
    central: 0,
    dangling: 0,
  },
  // An additive "too" or "as well": the point was made before.
  {
    sentences: [...LIBRARY, "Readers in the villages should have late hours too."],
    central: 2,
    dangling: 0,
  },
  // "them" with nothing in the sentence to mean.
  {
    sentences: [...LIBRARY, "Nobody should have asked them to come back before six o'clock."],
    central: 2,
    dangling: 1,
  },
  // Too short a paragraph.
  { sentences: LIBRARY, central: 1, dangling: 0 },
  // The back leans on someone or something named before, or links to the sentence before.
  {
    sentences: [...LIBRARY, "This meant that they could never borrow a book on a weekday."],
    central: 2,
    dangling: 0,
  },
  {
    sentences: [...LIBRARY, "Both of them should stay open until eight in the evening."],
    central: 2,
    dangling: 0,
  },
  {
    sentences: [...LIBRARY, "But this meant that no worker could borrow a book."],
    central: 2,
    dangling: 0,
  },
  // A hedge, an example or a figure supports a point and is none.
  {
    sentences: [...LIBRARY, "Sometimes a library should close early to save money for books."],
    central: 2,
    dangling: 0,
  },
  {
    sentences: [...LIBRARY, "A library should stay open until 8 in the evening on weekdays."],
    central: 2,
    dangling: 0,
  },
  {
    sentences: [...LIBRARY, "Over time, some readers will need to borrow books by post."],
    central: 2,
    dangling: 0,
  },
  // The paragraph's bold label states its point: the front would show it.
  {
    sentences: [
      "2. **Evening hours cost little.** Staff already stay until seven to sort returns.",
      "Lighting the reading room for two more hours costs less than a new shelf.",
      "A town should spend its library money where its readers can use it.",
    ],
    central: 2,
    dangling: 0,
  },
  {
    sentences: [...LIBRARY, "If the walk takes longer, the town must run a bus to the door."],
    central: 2,
    dangling: 0,
  },
  // An opening that narrates, hedges, or adds to a point made before.
  {
    sentences: [
      "The town library opened in a room above the market hall.",
      "Its shelves held three hundred books.",
      "Readers paid a penny a week to borrow them.",
    ],
    central: 0,
    dangling: 0,
  },
  {
    sentences: [
      "Hard corals are perhaps the oldest builders in the sea.",
      "Their skeletons are made of limestone.",
      "New polyps grow on the skeletons of the dead ones.",
    ],
    central: 0,
    dangling: 0,
  },
  {
    sentences: [
      "There is a further reason to keep the reading room open at night.",
      "Staff already stay until seven to sort the returned books.",
      "Lighting the room costs very little.",
    ],
    central: 0,
    dangling: 0,
  },
  {
    sentences: [
      "Another reason to open late is the bus timetable.",
      "The last bus leaves the square at ten.",
      "Readers can stay until nine and still get home.",
    ],
    central: 0,
    dangling: 0,
  },
  // A guess about the future opens the paragraph; its point comes after.
  {
    sentences: [
      "Village libraries may one day be as busy as the town branch.",
      "Three of them already open in the evening.",
      "Readers there borrow more books than ever.",
    ],
    central: 0,
    dangling: 0,
  },
  // A neutral opening before a turn only sets up the point made after it.
  {
    sentences: [
      "A reading room needs little more than chairs and a lamp.",
      "Most towns have both to spare.",
      "And yet many councils find reasons to close the room at five.",
    ],
    central: 0,
    dangling: 0,
  },
  // A view the author reports, usually to answer it.
  {
    sentences: [
      "There is an idea, popular on the council, that evening hours are a luxury.",
      "The figures say otherwise.",
      "Evening readers borrow more books than any other group.",
    ],
    central: 0,
    dangling: 0,
  },
  // A sentence about the writing, not about its subject.
  {
    sentences: [
      "The library budget has been described in two earlier articles on this site.",
      "The council meets again in March.",
      "Readers can write to their councillor before then.",
    ],
    central: 0,
    dangling: 0,
  },
  // A description after the opening takes no side.
  {
    sentences: [
      "Coral reefs grow in warm shallow seas.",
      "Fringing reefs grow near the coastline of islands and land masses.",
      "Barrier reefs lie farther out, beyond a deep lagoon.",
    ],
    central: 1,
    dangling: 0,
  },
  // The quoted opening or ending repeats the back's words: the front gives it away.
  {
    sentences: [
      "Libraries that shut before readers are free serve nobody.",
      "Most readers then worked until six.",
      "A library that shuts before its readers are free has failed.",
    ],
    central: 2,
    dangling: 0,
  },
  {
    sentences: [
      "Every school should teach swimming to young children.",
      "Drowning is still common in coastal towns.",
      "That is why schools must teach swimming to children.",
    ],
    central: 0,
    dangling: 0,
  },
  // A question is no point to recall.
  {
    sentences: [...LIBRARY, "Who, then, was the library really open for in those years?"],
    central: 2,
    dangling: 0,
  },
];
