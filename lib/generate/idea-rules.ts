import { causedBy, causeOrPurpose, definition, enumeration, usedFor } from "./idea-questions";
import { FALSE_STATEMENT_RULES } from "./idea-rules-false";
import { EXPLAINED_IDEA_RULES } from "./idea-rules-explained";
import { aimsTo, namedAs, namedInline, statedAim } from "./idea-named";
import { objectOf, sourceOf } from "./idea-relations";
import { seenAs } from "./idea-views";
import type { IdeaDraft, IdeaInput } from "./idea-text";
import type { Rule } from "./rules";
import { AS_CAUSE_CONNECTIVE, CAUSE_CONNECTIVE, PURPOSE_CONNECTIVE } from "./words";
import { PURPOSE_INFINITIVE_RULE } from "./idea-rules-purpose";
import { COUNTED_KINDS_RULE } from "./idea-rules-kinds";
import { RESULT_SO_RULE } from "./idea-rules-result";
import { FRONTED_CAUSE_RULE } from "./idea-rules-fronted";
import { NOT_ONLY_RULE } from "./idea-rules-not-only";
import { COUNTED_LIST_RULE } from "./idea-rules-counted";
import { LET_US_LIST_RULE, PLEDGE_TO_RULE } from "./idea-rules-appeals";
import { LET_US_CALL_RULE } from "./idea-rules-calls";
import { THEORY_HOLDS_RULE } from "./idea-rules-theory";
import { UNLIKE_RULE } from "./idea-rules-unlike";
import { REQUIREMENT_RULE } from "./idea-rules-requirement";
import { NAMED_IN_PASSING_RULE } from "./idea-rules-called";

export type { IdeaDraft, IdeaInput, IdeaKind } from "./idea-text";
export { whyQuestion } from "./idea-questions";

/** The idea patterns, most reliable first; each sentence may yield one item per rule. */
export const IDEA_RULES: Rule<IdeaInput, IdeaDraft>[] = [
  {
    id: "idea.cause",
    why: "A sentence that gives its own reason ('X because Y') asks 'Why X?' with Y as the answer.",
    fires: [
      {
        text: "Desert nights turn cold quickly because dry air holds little heat.",
      },
      {
        text: "The expedition turned back a week early because of a storm over the pass.",
      },
      { text: "The river flooded the lower town due to weeks of heavy rain upstream." },
      { text: "The old harbour is important because it is the only deep water on the coast." },
      // Two reasons joined by "or because" are one answer; "merely" goes with the reason.
      {
        text: "Readers often avoid a branch, merely because they find it shut at night, or because they cannot park there.",
      },
      // The tagger reads "love" after a noun as a noun: the lexicon knows it is a verb.
      { text: "Sea turtles love warm beaches because the sand keeps their eggs warm." },
    ],
    passes: [
      { text: "This happened because the council voted against the plan." },
      { text: "The council rejected the plan because of this." },
      { text: "The river flooded the town because it had no levee." },
      { text: "The river flooded the lower town after weeks of heavy rain upstream." },
      // Two reasons for two different things: which one is asked?
      { text: "The mill closed because the river dried up, so the town shrank because work left." },
      { text: "Another reason that the river floods is due to the melting snow." },
    ],
    test: causeOrPurpose("cause", CAUSE_CONNECTIVE),
  },
  {
    id: "idea.cause-as",
    why: "', as it …' / ', since they …' after a statement gives its reason: 'Why X?' is answered 'Because …'.",
    fires: [
      { text: "Smoke from the fires is a danger, as it carries fine dust deep into the lungs." },
      { text: "Farmers in the valley grow rice, since they have water all year round." },
    ],
    passes: [
      { text: "The river rose, as the snow melted in the hills." },
      { text: "Prices have risen since 2010." },
      { text: "It is a danger, as it carries fine dust deep into the lungs." },
      { text: "The program reads the old maps, as they are found in the archive." },
      { text: "Farmers in the valley grow rice, as they did a century ago." },
      // "as it were" softens a phrase; it gives no reason.
      { text: "To make one rule cover all the rivers, as it were, seems almost a boldness." },
    ],
    test: causeOrPurpose("cause", AS_CAUSE_CONNECTIVE),
  },
  FRONTED_CAUSE_RULE,
  RESULT_SO_RULE,
  {
    id: "idea.purpose",
    why: "'X in order to / so that Y' states a purpose: 'Why X?' is answered by Y.",
    fires: [
      {
        text: "The city planted trees along the river in order to keep the banks from washing away.",
      },
      { text: "Farmers rotate their crops so that the soil does not lose its nutrients." },
    ],
    passes: [
      { text: "They planted trees in order to keep the banks from washing away." },
      { text: "The city planted trees along the river to the north." },
      // A state has a result, not a purpose: the island did not lie there in order to be seen.
      { text: "The island lies far from the coast, so that few boats ever reach its harbour." },
    ],
    test: causeOrPurpose("purpose", PURPOSE_CONNECTIVE),
  },
  PURPOSE_INFINITIVE_RULE,
  REQUIREMENT_RULE,
  {
    id: "idea.caused",
    why: "'X caused / led to / protects / reduces Y' names a cause or agent: 'What led to Y?' is answered by X.",
    fires: [
      { text: "Months of drought had caused the reservoir to shrink to a muddy pond." },
      { text: "The collapse of the bank led to a long recession across the region." },
      {
        text: "The small changes to the old ferry routes led up to the modern timetable, as we shall see.",
      },
      { text: "Coral reefs protect coastlines from the full force of storm waves." },
      { text: "Too much salt in the diet can raise blood pressure over many years." },
    ],
    passes: [
      { text: "Forests cleared by the new road are losing their birds." },
      { text: "This led to a long recession across the region." },
      { text: "Sometimes these tariffs prevent farmers from selling their grain abroad." },
      { text: "Some storms cause great damage to the harbour walls every winter." },
      { text: "The bill threatens freedom of expression online." },
      { text: "Coral reefs do not protect every coastline from storms." },
      { text: "As the oven heats, the tray also heats the rising dough." },
      { text: "A report released in 2015 has already changed the law." },
      { text: "Strong winds cause erosion and carry sand far inland." },
      { text: "A thick coat protects the seed and its shell keeps out water." },
    ],
    test: causedBy,
  },
  {
    id: "idea.definition",
    why: "'X is a Y' (or 'Xs are large Ys of/that …') defines X: a flashcard 'What is X?' with Y on the back.",
    fires: [
      { text: "Borscht is a sour soup made with beetroot and stock." },
      { text: "The Treaty of Ghent was the peace treaty that ended the War of 1812." },
      { text: "Osmosis is the movement of water across a membrane toward the saltier side." },
      { text: "Dunes are large hills of sand that the wind piles up." },
      { text: "Weavenet is “a meeting place for hand weavers across the valley.”" },
      { text: "Kvass, despite its name, is a drink made from fermented rye bread." },
      { text: "Anna Vellacott is a weaver who opened the valley's first dye works." },
    ],
    passes: [
      { text: "The result was a disaster for everyone involved." },
      { text: "It is a fish pie made with eel and a rye crust." },
      { text: "This is one of the oldest recipes in the region." },
      { text: "Dunes are shaped by the wind over many years." },
      { text: "Our neighbours are farmers who grow wheat." },
      // A possessive pronoun is no term to define.
      { text: "Ours was the first valley in the county to drain its marshes." },
      { text: "Valley Weavers Guild is a guild for the weavers of the valley." },
      { text: "Bread, salt and oil, are the base of the soup." },
      { text: "More curious is the second element of the recipe." },
      { text: "L is the move to the left, and R the move to the right." },
      { text: "Only a few days later was the bridge open to carts." },
      { text: "Cloth was a measure of a family's standing in the old valley." },
      // A time is no thing to define ("What was last year?").
      { text: "Last year was the wettest in the valley since the mill was built." },
    ],
    test: definition,
  },
  {
    id: "idea.named",
    why: "'X is called / known as T' gives a name its meaning: a flashcard 'What is T?' with X on the back.",
    fires: [
      { text: "The spot where a river leaves its lake is called the outlet." },
      { text: "In the north, bread soaked in milk and honey is known as sopa dulce." },
      {
        text: "The point where a fault starts to slip is called the focus, and the point on the surface above it is called the epicentre.",
      },
    ],
    passes: [
      { text: "It is called the focus." },
      {
        text: "Bread, tomato, and garlic blended together are called gazpacho, and it is eaten cold.",
      },
      { text: "The mayor was called to testify before the council." },
      { text: "This is known as the focus." },
    ],
    test: namedAs,
  },
  {
    id: "idea.named-inline",
    why: "A term named in passing ('A protein called velarin helps …', '… causes a problem called scaling') is defined by the rest of the sentence: a flashcard 'What is T?'.",
    fires: [
      { text: "A mineral called gypsum forms when salty lake water dries out." },
      { text: "Too much salt in the soil causes a condition called salinity." },
    ],
    passes: [
      { text: "A man called Jones comes to the door every morning." },
      { text: "This causes a condition called salinity." },
      { text: "The mineral was called gypsum by the miners." },
    ],
    test: namedInline,
  },
  NAMED_IN_PASSING_RULE,
  THEORY_HOLDS_RULE,
  {
    id: "idea.enumeration",
    why: "A sentence that lists what something includes asks for the list: 'What do X include?'",
    fires: [
      {
        text: "Common signs of the blight include yellow leaves, brown spots, soft stems and wilting.",
      },
      { text: "The main ingredients are oats, honey, walnuts and dried figs." },
      { text: "A good training plan includes running twice a week and resting on Sundays." },
      { text: "In the north, most bread recipes include rye flour, salt, water and caraway." },
    ],
    passes: [
      { text: "The results were clear, simple and old." },
      { text: "They include thirst, hunger and fatigue." },
      { text: "In the north, they include rye flour, salt, water and caraway." },
      { text: "The results were clear and simple." },
    ],
    test: enumeration,
  },
  COUNTED_KINDS_RULE,
  COUNTED_LIST_RULE,
  NOT_ONLY_RULE,
  UNLIKE_RULE,
  {
    id: "idea.used-for",
    why: "'X is used to/for Y' states a purpose: 'What is X used for?'",
    fires: [{ text: "Kilns are used to fire clay pots at very high temperatures." }],
    passes: [
      { text: "It is used to fire clay pots." },
      { text: "Kilns were once rare in the region." },
    ],
    test: usedFor,
  },
  {
    id: "idea.aims-to",
    why: "'X aims / seeks to Y' states a purpose: 'What does X aim to do?' is answered by Y.",
    fires: [
      { text: "The weavers' guild aims to train a new generation of hand weavers." },
      { text: "The new museum seeks to “bring the river's history to every school.”" },
      { text: "Weavenet aims “to connect hand weavers across the valley.”" },
    ],
    passes: [
      { text: "It aims to train a new generation of hand weavers." },
      { text: "The guild, founded in 1890, aims to train weavers." },
      { text: "The guild aims to be the largest in the valley." },
    ],
    test: aimsTo,
  },
  {
    id: "idea.source",
    why: "'X is caused by Y', 'X arises from Y', 'X depends on / consists of / is made of Y' says where X comes from: 'What causes X?' is answered by Y.",
    fires: [
      {
        text: "Chalk cliffs are made by tiny sea creatures whose shells pile up over millions of years.",
      },
      { text: "Tides are caused by the pull of the moon on the oceans." },
      { text: "The worst fires, as a rule, arise from lightning over the upper valley." },
      { text: "Each sandstone layer consists of grains of quartz and feldspar." },
      { text: "The festival bread is made of rye flour, honey and dried figs." },
    ],
    passes: [
      { text: "The cheese was made by pressing the curds in a cloth." },
      { text: "The first map of the valley was made by Anna Lind." },
      { text: "This is caused by the pull of the moon." },
      { text: "Tides are not caused by the wind." },
      { text: "They arise from storms over the upper valley." },
      { text: "As the river rises, the floods come from the hills." },
      { text: "A favourite version comes from the hamlet on the coast." },
      { text: "Economic growth depends on many factors." },
    ],
    test: sourceOf,
  },
  {
    id: "idea.object",
    why: "'X provides / involves / reduces Y' states what X gives, takes or brings about: 'What does X provide?' is answered by Y.",
    fires: [
      { text: "The ferry service provides a cheap link between the two islands." },
      { text: "Treatment for the illness involves changing what you eat." },
      { text: "Healthy soil contains billions of tiny living things." },
      { text: "Research carried out on the farm produced three new kinds of wheat." },
    ],
    passes: [
      { text: "It provides a cheap link between the two islands." },
      { text: "The service provides it." },
      { text: "The ferry does not provide a link to the mainland." },
      { text: "Good bread needs to rise twice." },
      { text: "Thin ice forms on the northern lakes in early winter." },
      { text: "Rooms 1, 14, and 17 in the old mill contain working looms from the last century." },
      { text: "The rules for the new canal locks should be considered unstable." },
      { text: "Bus fares increased by five percent last spring." },
      { text: "As prices rose, the town reduced the number of buses." },
      { text: "A leaflet printed in the spring has reached ten thousand homes." },
      { text: "Floods caused by the thaw are putting the farms at risk." },
    ],
    test: objectOf,
  },
  {
    id: "idea.stated-aim",
    why: "'The reason for X is that Y' / 'X's aim is to Y' names a reason or purpose outright: 'What is the reason for X?' is answered by Y.",
    fires: [
      { text: "The reason given in the report is that the old dam had been leaking for years." },
      { text: "The guild's main aim is to train a new generation of hand weavers." },
      { text: "The purpose of the new canal was to carry coal from the valley to the port." },
    ],
    passes: [
      { text: "The reason is that it leaked." },
      { text: "This reason is that the dam had been leaking for years." },
      { text: "The guild's aim was clear to everyone in the valley." },
    ],
    test: statedAim,
  },
  {
    id: "idea.seen-as",
    why: "'X regard / see / point to Y as (evidence of) Z' says how people read a thing — what the text argues about: 'How do X regard Y?' is answered 'As Z'.",
    fires: [
      { text: "Many historians regard the old charter as an early bill of rights." },
      {
        text: "Modern weavers point to the guild records as evidence of a long tradition of hand weaving.",
      },
      { text: "The old charter is widely regarded as an early bill of rights." },
    ],
    passes: [
      { text: "They regard the old charter as an early bill of rights." },
      { text: "Many historians regard it as an early bill of rights." },
      { text: "The charter was signed as the war ended." },
      { text: "It is widely regarded as an early bill of rights." },
    ],
    test: seenAs,
  },
  PLEDGE_TO_RULE,
  LET_US_LIST_RULE,
  LET_US_CALL_RULE,
  ...EXPLAINED_IDEA_RULES,
  ...FALSE_STATEMENT_RULES,
];
