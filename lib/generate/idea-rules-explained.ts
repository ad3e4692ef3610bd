import {
  conditionOf,
  frontPurposeOf,
  glossOf,
  meansOf,
  secondDefinitionOf,
  whenOf,
} from "./idea-explained";
import { deedOf } from "./idea-relations";
import type { IdeaDraft, IdeaInput } from "./idea-text";
import type { Rule } from "./rules";

/**
 * Idea rules for what a sentence says about how and what: the way something is done ("by
 * …ing"), what a quoted term is glossed as, and what someone did to what. Run after the rules
 * of idea-rules.ts, before the false statements.
 */
export const EXPLAINED_IDEA_RULES: Rule<IdeaInput, IdeaDraft>[] = [
  {
    id: "idea.deed",
    why: "'The council rejected the plan', 'The king renounced his claim to the north': what someone did, and to what, is asked 'What did X reject?' with the object as the answer.",
    fires: [
      { text: "The river council rejected the plan for a second dam in the valley." },
      { text: "The old king renounced all claims to the northern islands." },
      { text: "Divers from the navy retrieved the bell and its chain shortly after the storm." },
      { text: "Along the way, Captain Moss also recorded forty kinds of lichen." },
    ],
    passes: [
      { text: "They rejected the plan for a second dam." },
      { text: "The council did not reject the plan for a second dam." },
      { text: "The council rejected that the dam was needed." },
      { text: "The plan was rejected by the river council." },
      { text: "Captain Moss has logged 900 days at sea." },
    ],
    test: deedOf,
  },
  {
    id: "idea.gloss",
    why: "A term in quotation marks glossed after a dash or colon ('… of “common land” – the fields a village shared') is the essay's own explanation of it: 'What is meant by “common land”?'.",
    fires: [
      {
        text: "Some read the charter as an early statement of 'common land' – that the fields belonged to the whole village.",
      },
      { text: "The guild kept to the rule of “slow cloth”: the idea that a bolt takes a month." },
    ],
    passes: [
      { text: "The guild kept to the rule of slow cloth, and the bolts took a month." },
      { text: "She called it “a disaster” – the mayor said so too." },
      { text: "The mayor said 'We will rebuild' after the flood." },
      {
        text: "Sceptics - who confuse 'free land' with 'cheap land' - the owners are a remnant of the old order.",
      },
      {
        text: "Owners confuse 'free land' with 'cheap land' – the owners are a remnant of the old order.",
      },
    ],
    test: glossOf,
  },
  {
    id: "idea.means",
    why: "'X by V-ing Y' says how something is done: 'How did X …?' is answered 'By V-ing Y' — a method, which a learner can recall and a teacher would ask.",
    fires: [
      { text: "You can lower the risk of a flood by planting trees along the banks." },
      { text: "Traditionally, the cheese was made by pressing the curds in a linen cloth." },
      {
        text: "The Valley Weavers Trust “supports young weavers by paying for their looms and their first year of wool.”",
      },
    ],
    passes: [
      { text: "The bridge was built by the army in 1920." },
      { text: "Many farmers manage this by rotating their crops." },
      { text: "Prices rose by nearly ten percent last year." },
      { text: "The tool splits a list (the one, by removing its causes) into parts." },
    ],
    test: meansOf,
  },
  {
    id: "idea.condition",
    why: "'When salty water freezes, the ice lets go of the salt' ties a result to its condition: 'What happens when salty water freezes?' is answered by the result.",
    fires: [
      { text: "When salty lake water dries out, a crust of gypsum forms on the mud." },
      { text: "If the levee breaks, the lower town floods within an hour." },
    ],
    passes: [
      { text: "If you do see them, the cracks spread slowly." },
      { text: "If you feel dizzy, sit down and drink some water." },
      { text: "When asked about the levee, the mayor said it would hold." },
      { text: "When it rains, the roads close." },
      { text: "If the levee breaks, then the town floods." },
      { text: "When the mayor said he would do so in May, the council objected." },
    ],
    test: conditionOf,
  },
  {
    id: "idea.purpose-fronted",
    why: "'To keep the soup cold, cooks use clay pots' puts the purpose first: 'Why do cooks use clay pots?' is answered 'To keep the soup cold'.",
    fires: [
      { text: "To keep the soup cold, cooks in the south use unglazed clay pots." },
      { text: "In order to reach the market, farmers on the east bank took the ferry." },
      // Several purposes in front, the short main clause last: the "to" purposes answer.
      {
        text: "To drain the fields, to keep the road dry, for the good of the orchards, the ditch was dug.",
      },
    ],
    passes: [
      { text: "To date, farmers on the east bank have taken the ferry." },
      // A list of places, not of purposes.
      { text: "To the north, the river, the hills and the old mill, the town looks quiet." },
      { text: "To try to help those farmers is our main goal." },
      { text: "To do this, farmers on the east bank took the ferry." },
      // "to" and a noun: a recipient, not a purpose.
      { text: "To a letter from the mayor, the farmers on the east bank sent a short reply." },
    ],
    test: frontPurposeOf,
  },
  {
    id: "idea.when",
    why: "'Sleet forms when snow melts on the way down and freezes again' ties an event to its moment or condition: 'When does sleet form?' is answered by the when-clause.",
    fires: [
      { text: "In cold winters, the lake freezes when the wind drops for several nights." },
      {
        text: "During the 18th century, the town grew quickly when the canal from the coast was finished.",
      },
    ],
    passes: [
      { text: "This tool is handy when you have a flat tyre on the road." },
      { text: "The river floods when it rains." },
      { text: "Divers first mapped the strait in 1998, when dense kelp covered the seabed." },
      { text: "Farmers sell more wheat when prices are high, and less when they fall." },
    ],
    test: whenOf,
  },
  {
    id: "idea.second-definition",
    why: "'A is called X, and B is called Y' defines two terms: idea.named asks the first, this rule the second with its own definition — never with the first term's, which blind judges rejected as a wrong key.",
    fires: [
      {
        text: "The deepest point of a river bed is called the thalweg, and the raised bank beside the channel is called the levee.",
      },
      {
        text: "Sediment is the sand a river carries, and silt is the finest part of the sediment.",
      },
    ],
    passes: [
      {
        text: "The point where a fault starts to slip is called the focus, and the point on the surface above it is called the epicentre.",
      },
      { text: "A brook is a small stream, and the river runs past the mill." },
    ],
    test: secondDefinitionOf,
  },
];
