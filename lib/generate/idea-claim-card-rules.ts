import type { Rule } from "./rules";
import { claimCard, type ClaimCardDraft, type ClaimCardInput } from "./idea-claim-card";

/** The author's-claim card's rule with its made-up examples (run by rules.test.ts). */
export const CLAIM_CARD_RULES: Rule<ClaimCardInput, ClaimCardDraft>[] = [
  {
    id: "idea.author-claim",
    why: "An argued or stated claim with its own named subject is asked as what the author says about that subject: a flashcard of the claim itself, not a detail of it",
    fires: [
      {
        text: "In a small harbour town, the fishing guild usually grows richer than the merchants.",
      },
      { text: "A tax on bread falls hardest on the poorest families of the town." },
      { text: "The separation of church and school must be kept in every public college." },
      { text: "Public libraries should stay open in the evenings for working readers." },
      {
        text: "The reading rooms of the county must be kept open; the mobile vans must be repaired; the old catalogues must be printed again, and every branch must have a librarian of its own.",
      },
      { text: "In my experience, public libraries are the heart of a village." },
      { text: "Sometimes, public libraries lend tools as well as books." },
      { text: "Often public libraries lend tools as well as books." },
      { text: "* **Opening hours.** Public libraries should stay open in the evenings." },
      { text: "For example, small libraries can’t keep rare books in their reading rooms." },
      // A pronoun after the subject points back to it, inside the sentence.
      { text: "Public libraries should keep their doors open until late in the evening." },
      {
        text: "In the hill villages of the valley, the use of the common pasture is shared by every farmer.",
      },
      // A present verb that ends in "-ing" is no caption's participle.
      { text: "Harbour cranes bring the heaviest cargo ashore before the autumn storms." },
      // "is the" with more to say than a name for the subject.
      {
        text: "The interpretation of the bylaws is the proper and peculiar duty of the town council.",
      },
      // A degree word and joined adjectives inside the subject (idea-claim-modifiers.ts).
      {
        text: "The most common and lasting cause of floods in the valley has been the clearing of the hill forests.",
      },
      // A counted of-phrase, and a relative clause between the subject and its verb.
      { text: "The small branches of some towns lend their books for a whole season." },
      {
        text: "A spirit of thrift, which is common in the hill villages, keeps the small libraries open.",
      },
    ],
    passes: [
      // "more important" than what? A comparative subject leans on what it is compared with.
      { text: "The more important lessons of the harbour trade are hard to learn from books." },
      // "lighter boats": lighter than what? The measure is in another sentence.
      { text: "Lighter boats of the harbour will either be hauled ashore or sunk in the storm." },
      // A relative clause that does not close before the sentence ends: no verb to find.
      { text: "A spirit of thrift, which is common in the hill villages and keeps them open." },
      // Leans on what came before, or speaks in the writer's own voice.
      { text: "This tax on bread falls hardest on the poorest families of the town." },
      { text: "The second plan is to be tried in the larger towns of the north." },
      { text: "For every reader, the answer is a library close to home." },
      { text: "In this case, public libraries should stay open in the evenings." },
      { text: "When it rains, public libraries should stay open in the evenings." },
      { text: "Public libraries should stay open longer than your schools do." },
      { text: "Hence public libraries should stay open in the evenings for readers." },
      { text: "Public libraries should lend these books to every reader in the town." },
      { text: "Small public libraries are the best way to address that." },
      { text: "The Harbour Reading Room is a library for the sailors of the port." },
      { text: "Jane Harlow has written about the libraries of the northern towns." },
      { text: "The absence of paid staff based in the towns is a problem for every library." },
      { text: "The number of readers in the valley also affects the hours of the library." },
      // A subject the reader cannot place, or one that points outside the sentence.
      { text: "Every public library has its own rules for lending rare books." },
      { text: "A final inspection takes place before the vans leave the depot." },
      { text: "Some towns must be limited by the rights of every single citizen." },
      { text: "The town council must answer to him for every single decision." },
      {
        text: "Mara Quell has written about the libraries of the northern towns.",
        properWords: new Set(),
      },
      // A short identification, a narrated past, a caption, a scrape's underscores.
      { text: "The reading rooms of the old library are the quiet part." },
      { text: "From the last century, small village libraries were much used by farmers." },
      { text: "In October, the river police arrested two smugglers near the old mill." },
      { text: "Harbour seals resting on the rocks of the northern bay at dawn." },
      { text: "Work_in_process inventory often piles up between the two busiest departments." },
      // No verb right after the subject, or too short to be a claim.
      { text: "Public libraries, as everyone knows, stay open late." },
      { text: "Public libraries should stay open." },
    ],
    test: claimCard,
  },
];
