import { antonymFlip, comparativeFlip, verbFlip } from "./claim-flips";
import { frequencyFlip, quantityFlip } from "./claim-flips-count";
import { agentSwap, preferredSidesSwap, ratherThanSwap } from "./claim-flips-sides";
import { neitherFlip } from "./claim-flips-affirm";
import { MORE_FALSE_STATEMENT_RULES } from "./idea-rules-false-2";
import { contrastSwap } from "./idea-contrast";
import type { IdeaDraft, IdeaInput } from "./idea-text";
import type { Rule } from "./rules";

/**
 * The idea rules that write a false statement the essay contradicts (a swapped contrast, a
 * flipped claim), run after the rules that write questions.
 */

export const FALSE_STATEMENT_RULES: Rule<IdeaInput, IdeaDraft>[] = [
  {
    id: "idea.contrast-swap",
    why: "A sentence that sets two things against each other ('not A but B', 'A, not B', 'by A rather than by B', 'Unlike A, B …') says which side holds: swapping the sides makes a false statement about the contrast itself.",
    fires: [
      { text: "Most of the town's water was not pumped from wells, but carried from the river." },
      { text: "The festival bread is a sweet loaf, baked at dawn, not a flat cake." },
      { text: "In the old code, judges were chosen by the villages rather than by the king." },
      { text: "Unlike rivers, glaciers can take a century to cross a valley." },
      { text: "The wealth of a village lies not in its gold but in its fields and its herds." },
    ],
    passes: [
      { text: "The bread is not sweet, but it keeps for a week." },
      { text: "The sheep were not spread over the hills, but kept in the lower part of it." },
      { text: "Prices rose from 1990 rather than from 2000." },
      { text: "This is a sweet loaf, not a flat cake." },
      { text: "Unlike many other breads baked in the northern hill villages, it keeps well." },
      { text: "The festival bread is a sweet loaf baked at dawn." },
    ],
    test: contrastSwap,
  },
  {
    id: "idea.rather-than-swap",
    why: "'its place as a free city, rather than being a fief' says which side holds: the rejected side put in the held side's place ('its place as a fief') makes a false statement on the sentence's point, in the essay's own words; the 'rather than' goes, so the statement does not contradict itself.",
    fires: [
      {
        text: "The charter was part of a wider campaign to assert the town's place as a free city, rather than being a fief ruled by the duke, as well as end the ban on its market.",
      },
      { text: "The guild saw the new loom as a threat rather than a gift." },
    ],
    passes: [
      { text: "The guild saw the new loom as a threat." },
      { text: "The guild saw the loom as a threat rather than as a threat to wages." },
      { text: "The weavers would strike rather than accept the new loom." },
      { text: "Perhaps the guild saw the loom as a threat rather than a gift." },
    ],
    test: ratherThanSwap,
  },
  {
    id: "idea.preferred-sides-swap",
    why: "'Haste is oftener a fault than a virtue' says which of two things holds more often (or rather): the two sides swapped ('oftener a virtue than a fault') is false on the sentence's point, in the essay's own words, and nothing on its face says which order is the essay's.",
    fires: [
      { text: "In a small village, gossip is oftener a comfort than a danger." },
      { text: "Walls so thin are rather a source of danger than of safety." },
    ],
    passes: [
      { text: "The guards would rather walk than ride to the gate." },
      {
        text: "In a small village, gossip is oftener a comfort than a danger, and sooner a joke than a crime.",
      },
      { text: "In a small village, gossip is a comfort rather than a danger." },
      { text: "Perhaps gossip is oftener a comfort than a danger." },
      { text: "Gossip is not oftener a comfort than a danger." },
    ],
    test: preferredSidesSwap,
  },
  {
    id: "idea.agent-swap",
    why: "'Ana was able to guard the town whereas Bo could not': two named actors, one said to do what the other did not; giving each the other's part makes a false statement about who did what, which the essay contradicts.",
    fires: [
      {
        text: "The chronicle says that Ana was able to guard the town from raids whereas Lord Bo could not.",
      },
      { text: "Ana could swim across the bay, while Bo could not." },
    ],
    passes: [
      { text: "Ana could swim across the bay, while the boys could not." },
      { text: "Ana could swim across the bay whereas Bo could row." },
      { text: "Ana said that Ana could swim, while Bo could not." },
      { text: "He could swim across the bay, while Bo could not." },
      { text: "The reason is that the Charter could be read, while Bo could not." },
    ],
    test: agentSwap,
  },
  {
    id: "idea.claim-neither",
    why: "'Neither side expected a long siege' → 'Both sides expected a long siege': what the essay says neither did, given to both, is false on the sentence's point.",
    fires: [{ text: "Neither party expected the strike to last a whole winter." }],
    passes: [
      { text: "Neither party expects the strike to last a whole winter." },
      { text: "Neither the mayor nor the guild expected the strike." },
      { text: "Neither expected the strike to last a whole winter." },
    ],
    test: neitherFlip,
  },
  {
    id: "idea.claim-antonym",
    why: "Flipping the claim's predicate adjective to its WordNet antonym makes a false statement the essay contradicts.",
    fires: [
      { text: "Clean water is safe for the living things in a river." },
      { text: "A free press is strong in a healthy democracy." },
      // The essay speaks of the cold too: hot against cold is its own contrast.
      {
        text: "Noodle salads are usually eaten during the hot summers of the south.",
        essayHas: (word: string) => word === "cold",
      },
      // A size flips only when the essay sets the very phrases against each other.
      {
        text: "The island is a large producer of wool for the mainland.",
        essayHas: (phrase: string) => phrase === "small producer",
      },
    ],
    passes: [
      // "important" → "unimportant": an opposite made with a prefix gives itself away.
      { text: "Clean water is important to the living things in a river." },
      {
        text: "Villages gain more by letting each farmer plant as seems good to himself than by forcing each to plant as seems good to the council.",
      },
      // "major" → "minor" and "large" → "small" change a describing word, not the claim.
      { text: "The canal is a major route for the valley's timber." },
      { text: "The stew has large pieces of lamb floating in a thin broth." },
      {
        text: "The stew has large pieces of lamb floating in a thin broth.",
        essayHas: (phrase: string) => phrase === "small",
      },
      { text: "Then very ripe plums and honey are added.", essayHas: () => true },
      { text: "Clean water is not important to every living thing." },
      { text: "Storms are useful to the farms of the plain, but the roads suffer." },
      { text: "Storms are dangerous, but they are also useful to the farms." },
      { text: "Clean water is more important than shade for the fish." },
      { text: "This is necessary for a healthy democracy." },
      { text: "Human error caused most of the accidents on the line." },
      { text: "The humble stew became a staple of fishermen." },
      { text: "The ferry was late because of a sick sailor, who remains stable." },
    ],
    test: antonymFlip,
  },
  {
    id: "idea.claim-comparative",
    why: "Turning 'more … than' (or a predicate 'is more common in …') into 'less …', or 'heavier than' into 'lighter than', makes a false statement the essay's own comparison contradicts.",
    fires: [
      { text: "A single national court will be more consistent than thirteen separate ones." },
      { text: "Warm water holds less oxygen than cold water." },
      { text: "Hay fever is more common in spring and early summer." },
      { text: "The lake water is becoming more acidic." },
      { text: "Salt water is heavier than fresh water." },
      { text: "Mountain towns have lower rents than the capital." },
      {
        text: "The rulings of one court will be more wise, steady, and fair than those of ten, and consequently more agreeable to the merchants.",
      },
      // Older prose sets a comma before "than".
      {
        text: "The joint wealth of several guilds must be more dangerous to the town, than the wealth of any one of them.",
      },
    ],
    passes: [
      {
        text: "A careless reading, which is more often a sign of haste than of malice, will be called a lie by the critics.",
      },
      { text: "Priority. Some tasks are more urgent than others in a busy kitchen." },
      { text: "More than 80 percent of the rain falls in winter." },
      { text: "The river carries more sand than the canal, but not more than this." },
      { text: "This is more useful than the old method." },
      { text: "Hay fever is more and more common in spring." },
      { text: "The valley has more rain in spring." },
      { text: "Hay fever is more common in towns, though rarer than colds." },
      { text: "Salt water is heavier than fresh water, and fresh water is lighter than oil." },
      { text: "Warm air is lighter than the cold air around it, so it rises over the hills." },
    ],
    test: comparativeFlip,
  },
  {
    id: "idea.claim-frequency",
    why: "Turning 'often' into 'rarely' (or back) makes a false statement about how common something is, which the essay contradicts.",
    fires: [
      { text: "Noodle salads are often eaten during the hot summers of the south." },
      { text: "Storms rarely reach the inner harbour before October." },
      { text: "Salt lakes are usually shallow in the dry season." },
      { text: "The guild rules often resulted in higher prices at the market." },
      { text: "Storms from the west often bring hail to the orchards." },
    ],
    passes: [
      // Side clauses and modifiers: turned round, they change a detail or read as nonsense.
      { text: "The herds move north to the river, where they typically remain until June." },
      { text: "The herds move south again, usually arriving in December." },
      { text: "The kite is launched from a cradle on a boat often used by the club." },
      { text: "The council passed the first widely restrictive law on boats." },
      { text: "Most nests hold two eggs (rarely three)." },
      { text: "The two families are separated widely as the poles." },
      { text: "Storms reach the inner harbour more often than before." },
      { text: "The remedy is widely known across the valley." },
      { text: "Storms do not often reach the inner harbour." },
      { text: "Ash makes the soil fertile, which is why farmers often live on the slopes." },
      { text: "A swollen knee is usually the first sign of the fever." },
      { text: "How each village shares its water varies widely." },
      { text: "The exact price of bread varies widely by town." },
      {
        text: "Mill jobs are usually secured with a contract, meaning that workers are hard to dismiss.",
      },
      // A concession, or a second word of how often, that the flip would contradict.
      { text: "The old rule still exists, and yet it seldom troubles the weavers." },
      { text: "Visitors often quote the charter, frequently citing its second clause." },
      // A hedge on a figure, on how a rule is written, a tail after a comma, a restatement.
      { text: "In a village mill there are usually about 3 to 6 workers at the stones." },
      { text: "The miller's rule is generally given as one sack of flour per ten of grain." },
      { text: "The reeve was a very different person, usually a farmer who kept the accounts." },
      { text: "The guild is usually closed—in other words, no newcomer may join it." },
    ],
    test: frequencyFlip,
  },
  {
    id: "idea.claim-quantity",
    why: "Turning an opening 'Many'/'Most' into 'Few' (or back) makes a false statement about how many the claim covers.",
    fires: [
      { text: "Many beekeepers in the valley sell their honey at the Sunday market." },
      { text: "Most of the old mills were built along the river." },
      { text: "In the northern valleys, most farmers grow rye for their bread." },
    ],
    passes: [
      { text: "Many farmers manage to do this by hand." },
      { text: "Most water on the farm comes from the river." },
      { text: "Many beekeepers sell more honey than wax." },
      { text: "Many beekeepers do not sell their honey." },
      { text: "When the rains fail, most farmers sell their cattle." },
    ],
    test: quantityFlip,
  },
  {
    id: "idea.claim-verb-antonym",
    why: "Swapping the main verb for its WordNet antonym ('rising' → 'falling') makes a false statement the essay contradicts.",
    fires: [
      { text: "House prices in the city are rising as new jobs arrive." },
      // "raised to": a preposition, not a verb that links to "to be".
      { text: "Ferry fares were raised to four shillings to pay for the new pier." },
      { text: "The sponge absorbs most of the spilled water on the table." },
    ],
    passes: [
      { text: "House prices in the city are not rising as fast as feared." },
      { text: "This increases the risk of flooding along the coast." },
      { text: "The square is a place to gather news from the villages." },
      { text: "The sponge absorbs water from the wet table." },
      { text: "The farmer who feeds the army serves the town as well as any soldier." },
      { text: "The guards were attacked with stones and sticks at the gate." },
      { text: "A town with timid citizens will fall sooner than a town with brave ones." },
      { text: "The tithe surrendered by the farmers is later split among the two bishops." },
      {
        text: "A high wall around the village appears, on a first look, to be a good guard against raiders.",
      },
    ],
    test: verbFlip,
  },
  ...MORE_FALSE_STATEMENT_RULES,
];
