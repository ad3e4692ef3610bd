import {
  createEmptyCard,
  fsrs,
  generatorParameters,
  GenSeedStrategyWithCardId,
  Rating,
  State,
  StrategyMode,
  type Card as FsrsCard,
  type FSRS,
  type Grade,
  type ReviewLog as FsrsLog,
} from "ts-fsrs";

/**
 * The one place that knows FSRS. Everything else passes Card and ReviewLog rows through these
 * functions and never reads or writes stability, difficulty, steps or state itself.
 */

export const RATINGS = ["again", "hard", "good", "easy"] as const;
export type RatingName = (typeof RATINGS)[number];

export const STATE_NAMES = ["new", "learning", "review", "relearning"] as const;
export type StateName = (typeof STATE_NAMES)[number];

export const DEFAULT_RETENTION = 0.9;
export const MIN_RETENTION = 0.7;
export const MAX_RETENTION = 0.97;

/** Learning cards due within this window are shown early when nothing else is left (Anki's learn-ahead). */
export const LEARN_AHEAD_MS = 20 * 60 * 1000;

const GRADE: Record<RatingName, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

/** The FSRS columns of a Card row (Prisma shape). */
export interface CardFields {
  id: string;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
}

/** The pre-review snapshot columns of a ReviewLog row. */
export interface LogFields {
  rating: number;
  state: number;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reviewedAt: Date;
}

export type CardData = Omit<CardFields, "id">;

/** What the API shows of a card after a rating. */
export interface CardResult {
  due: string;
  state: StateName;
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
}

const schedulers = new Map<number, FSRS>();

/** FSRS-6 with default weights and learning steps, fuzz on, the user's desired retention. */
export function scheduler(desiredRetention = DEFAULT_RETENTION): FSRS {
  const retention = clampRetention(desiredRetention);
  let s = schedulers.get(retention);
  if (!s) {
    s = fsrs(generatorParameters({ request_retention: retention, enable_fuzz: true }));
    // Seeding fuzz by card id and repetition makes the interval a button previews the interval it gives.
    s.useStrategy(StrategyMode.SEED, GenSeedStrategyWithCardId("id"));
    schedulers.set(retention, s);
  }
  return s;
}

export function clampRetention(r: number): number {
  if (!Number.isFinite(r)) return DEFAULT_RETENTION;
  return Math.round(Math.min(MAX_RETENTION, Math.max(MIN_RETENTION, r)) * 100) / 100;
}

export function stateName(state: number): StateName {
  return STATE_NAMES[state] ?? "new";
}

export function isNewCard(card: Pick<CardFields, "state">): boolean {
  return card.state === State.New;
}

export function isLearningCard(card: Pick<CardFields, "state">): boolean {
  return card.state === State.Learning || card.state === State.Relearning;
}

/** Prisma data for a card the user has never seen. */
export function newCardData(now: Date): CardData {
  return toData(createEmptyCard(now));
}

function toFsrs(card: CardFields): FsrsCard & { id: string } {
  return {
    id: card.id,
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as State,
    last_review: card.lastReview ?? undefined,
  };
}

function toData(card: FsrsCard): CardData {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

function logData(log: FsrsLog): LogFields {
  return {
    rating: log.rating,
    state: log.state,
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    reviewedAt: log.review,
  };
}

export function cardResult(card: CardData): CardResult {
  return {
    due: card.due.toISOString(),
    state: stateName(card.state),
    stability: round(card.stability),
    difficulty: round(card.difficulty),
    reps: card.reps,
    lapses: card.lapses,
  };
}

function round(n: number): number {
  return Math.round(n * 10000) / 10000;
}

/** Applies a rating: the card's new FSRS fields and the log (pre-review snapshot) to store with it. */
export function rateCard(
  card: CardFields,
  rating: RatingName,
  now: Date,
  desiredRetention = DEFAULT_RETENTION,
): { card: CardData; log: LogFields } {
  const next = scheduler(desiredRetention).next(toFsrs(card), now, GRADE[rating]);
  return { card: toData(next.card), log: logData(next.log) };
}

/** The card as it was before the rating that `log` recorded (ts-fsrs rollback). */
export function rollbackCard(card: CardFields, log: LogFields): CardData {
  const prev = scheduler().rollback(toFsrs(card), {
    rating: log.rating as Rating,
    state: log.state as State,
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsed_days: log.elapsedDays,
    last_elapsed_days: log.lastElapsedDays,
    scheduled_days: log.scheduledDays,
    learning_steps: log.learningSteps,
    review: log.reviewedAt,
  });
  return toData(prev);
}

/** The condition that the card is still as it was read: a concurrent rating makes it false. */
export function unchangedWhere(card: CardFields): { reps: number; lastReview: Date | null } {
  return { reps: card.reps, lastReview: card.lastReview };
}

/** A card brought forward (e.g. after a wrong quiz answer): due now, schedule otherwise kept. */
export function dueNowData(now: Date): Pick<CardData, "due"> {
  return { due: now };
}

/** What each button would do now, as short labels ("1m", "10m", "3d", "2mo"). */
export function previewIntervals(
  card: CardFields,
  now: Date,
  desiredRetention = DEFAULT_RETENTION,
): Record<RatingName, string> {
  const preview = scheduler(desiredRetention).repeat(toFsrs(card), now);
  const out = {} as Record<RatingName, string>;
  for (const name of RATINGS) {
    out[name] = formatInterval(preview[GRADE[name]].card.due.getTime() - now.getTime());
  }
  return out;
}

/** A duration as Anki shows it on a button. */
export function formatInterval(ms: number): string {
  const minutes = Math.max(0, ms) / 60_000;
  if (minutes < 1) return "<1m";
  if (minutes < 60) return `${Math.round(minutes)}m`;
  const hours = minutes / 60;
  if (hours < 24) return `${Math.round(hours)}h`;
  const days = hours / 24;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${Math.round((days / 30) * 10) / 10}mo`.replace(".0mo", "mo");
  return `${Math.round((days / 365) * 10) / 10}y`.replace(".0y", "y");
}

/** Probability of recall now, 0..1; null for a card never reviewed. */
export function recallProbability(card: CardFields, now: Date): number | null {
  if (card.state === State.New || !card.lastReview) return null;
  return scheduler().get_retrievability(toFsrs(card), now, false);
}

export function ratingName(rating: number): RatingName {
  return RATINGS[rating - 1] ?? "again";
}

/** ReviewLog.state value for a review of a card in the review state (true retention counts these). */
export const REVIEW_STATE = State.Review;
/** Every state but new: the cards that have a schedule. */
export const SCHEDULED_STATES = [State.Learning, State.Review, State.Relearning] as const;
export const NEW_STATE = State.New;
export const AGAIN_RATING = Rating.Again;
