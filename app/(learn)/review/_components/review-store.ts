import type { QueueCard, ReviewQueue } from "@/lib/data/review";

export type Rating = "again" | "hard" | "good" | "easy";
type Counts = ReviewQueue["counts"];
type Meta = Pick<ReviewQueue, "nextDue" | "newLimitReached" | "newCardsPerDay">;
export type Verdict = { correct: boolean; expected: string } | "checking" | null;

/** Cards the page holds ahead; every rating's response refills it (see POST /api/review/{cardId}). */
export const BUFFER = 8;
/** The most card ids a rating names as held (the API's limit). */
const MAX_HAVE = 100;

export const RATING_KEYS: Record<string, Rating> = {
  "1": "again",
  "2": "hard",
  "3": "good",
  "4": "easy",
};

export interface Scope {
  essay?: string;
  set?: string;
}

/** What the page renders: a fresh object after every change. */
export interface ReviewView {
  card: QueueCard | undefined;
  revealed: boolean;
  counts: Counts;
  meta: Meta;
  reviewed: number;
  /** No card on screen yet, but one is on its way. */
  loading: boolean;
  typed: string;
  verdict: Verdict;
  error: string | null;
  status: string;
}

function newKey(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random()}`;
}

async function post<T>(url: string, body?: unknown): Promise<T> {
  const res = await fetch(url, {
    method: "POST",
    headers: body ? { "content-type": "application/json" } : undefined,
    body: body ? JSON.stringify(body) : undefined,
  });
  if (res.ok) return (await res.json()) as T;
  let message = `The server answered ${res.status}. Try again.`;
  try {
    message = ((await res.json()) as { error?: { message?: string } }).error?.message ?? message;
  } catch {
    /* not JSON */
  }
  throw Object.assign(new Error(message), { status: res.status });
}

/**
 * The review session, outside React so that each key press changes it synchronously: presses are
 * applied in the order they happen and never act on a stale copy. The page shows the next card at
 * once while requests go out one after another in the order they were made (ratings, undo). A key
 * pressed while no card is on screen — the buffer ran dry and a refill is on its way — waits and is
 * applied when the cards arrive.
 */
export class ReviewStore {
  private cards: QueueCard[];
  private revealed = false;
  private counts: Counts;
  private meta: Meta;
  private reviewed = 0;
  /** Requests queued or in flight; while > 0 an empty buffer means "loading", not "done". */
  private inflight = 0;
  /** Cards rated whose rating the server has not confirmed: a refill must not bring them back. */
  private unconfirmed: string[] = [];
  private waiting: string[] = [];
  private history: { card: QueueCard; counts: Counts }[] = [];
  private typed = "";
  private verdict: Verdict = null;
  private error: string | null = null;
  private status = "";
  private shownAt = Date.now();
  private chain: Promise<unknown> = Promise.resolve();
  private listeners = new Set<() => void>();
  private view: ReviewView;

  constructor(
    initial: ReviewQueue,
    private scope: Scope,
  ) {
    this.cards = initial.cards;
    this.counts = initial.counts;
    this.meta = initial;
    this.view = this.makeView();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getView = () => this.view;

  private makeView(): ReviewView {
    return {
      card: this.cards[0],
      revealed: this.revealed,
      counts: this.counts,
      meta: this.meta,
      reviewed: this.reviewed,
      loading: !this.cards[0] && this.inflight > 0,
      typed: this.typed,
      verdict: this.verdict,
      error: this.error,
      status: this.status,
    };
  }

  private emit() {
    this.view = this.makeView();
    for (const l of this.listeners) l();
  }

  /** Runs requests one at a time, in the order they were asked for. */
  private enqueue(job: () => Promise<void>) {
    this.inflight++;
    this.chain = this.chain.then(job).finally(() => {
      this.inflight--;
      if (!this.cards[0] && this.inflight === 0) this.waiting = [];
      this.emit();
    });
  }

  /** One key press or click: applied now, or kept until a card is on screen. */
  press = (key: string) => {
    this.apply(key);
    this.emit();
  };

  private apply(key: string) {
    if (key === "z") return this.undo();
    if (!this.cards[0]) {
      if (this.inflight > 0) this.waiting.push(key);
      return;
    }
    if (key === " ") this.reveal();
    else if (RATING_KEYS[key]) this.rate(RATING_KEYS[key]);
  }

  setTyped = (value: string) => {
    this.typed = value;
    this.emit();
  };

  private reveal() {
    const card = this.cards[0];
    if (!card || this.revealed) return;
    this.revealed = true;
    this.status = "Answer shown. Rate how well you knew it: 1 again, 2 hard, 3 good, 4 easy.";
    if (card.type === "short_answer" && this.typed.trim()) this.check(card, this.typed.trim());
  }

  private check(card: QueueCard, response: string) {
    this.verdict = "checking";
    const still = () => this.cards[0]?.cardId === card.cardId && this.revealed;
    post<{ correct: boolean; expected: string }>(`/api/review/${card.cardId}/check`, {
      response,
    }).then(
      (v) => {
        if (still()) this.verdict = v;
        this.emit();
      },
      (err: Error) => {
        if (still()) this.verdict = null;
        this.error = `Your answer could not be checked: ${err.message}`;
        this.emit();
      },
    );
  }

  private showNext() {
    this.revealed = false;
    this.typed = "";
    this.verdict = null;
    this.shownAt = Date.now();
  }

  private rate(rating: Rating) {
    const card = this.cards[0];
    if (!card || !this.revealed) return;
    const durationMs = Math.min(Date.now() - this.shownAt, 3_600_000);
    const idempotencyKey = newKey();
    this.history.push({ card, counts: this.counts });
    const bucket = card.state === "new" ? "new" : card.state === "review" ? "review" : "learning";
    this.counts = { ...this.counts, [bucket]: Math.max(0, this.counts[bucket] - 1) };
    this.cards = this.cards.slice(1);
    this.unconfirmed.push(card.cardId);
    this.reviewed++;
    this.error = null;
    this.status = `Rated ${rating}.${this.cards.length ? " Next card." : ""}`;
    this.showNext();
    this.enqueue(async () => {
      try {
        // Asked for when the request goes out, so it names what the page holds by then.
        const body = { rating, durationMs, idempotencyKey, next: this.want(card.cardId) };
        const res = await post<{ next: ReviewQueue }>(`/api/review/${card.cardId}`, body);
        this.confirm(card.cardId);
        this.refill(res.next);
      } catch (err) {
        // Not saved: the card comes back to the front so the student can rate it again.
        this.confirm(card.cardId);
        this.history = this.history.filter((h) => h.card.cardId !== card.cardId);
        this.reviewed--;
        this.cards = [card, ...this.cards.filter((c) => c.cardId !== card.cardId)];
        this.showNext();
        this.error = `Your rating of that card was not saved (${(err as Error).message}). Rate it again.`;
      }
      while (this.waiting.length && this.cards[0]) this.apply(this.waiting.shift()!);
    });
  }

  private confirm(cardId: string) {
    this.unconfirmed = this.unconfirmed.filter((id) => id !== cardId);
  }

  /**
   * What a rating's response should carry: only the cards that top the buffer up again. The cards
   * held, and those rated but not yet sent, are named so the server neither sends them again nor
   * gives their places to others.
   */
  private want(rated: string) {
    const have = [
      ...this.cards.map((c) => c.cardId),
      ...this.unconfirmed.filter((id) => id !== rated),
    ].slice(0, MAX_HAVE);
    return { limit: Math.max(1, BUFFER - this.cards.length), have, ...this.scope };
  }

  /** A rating's response: the cards it brings go behind those the page holds, in the server's order. */
  private refill(queue: ReviewQueue) {
    const known = new Set([...this.cards.map((c) => c.cardId), ...this.unconfirmed]);
    const fresh = queue.cards.filter((c) => !known.has(c.cardId));
    const wasEmpty = !this.cards[0];
    this.cards = [...this.cards, ...fresh];
    if (wasEmpty && this.cards[0]) this.showNext();
    // The server's counts hold for the ratings it has seen; with more on their way, the page's own
    // bookkeeping is nearer the truth until they land.
    if (!this.unconfirmed.length) this.counts = queue.counts;
    this.meta = queue;
  }

  private undo() {
    this.error = null;
    this.enqueue(async () => {
      try {
        const body = await post<{
          cardId: string;
          undone: { rating: string };
          queueCard: QueueCard;
        }>("/api/review/undo");
        const last = this.history.at(-1);
        if (last && last.card.cardId === body.cardId) {
          this.history.pop();
          this.counts = last.counts;
          this.reviewed = Math.max(0, this.reviewed - 1);
        }
        this.cards = [body.queueCard, ...this.cards.filter((c) => c.cardId !== body.cardId)];
        this.showNext();
        this.status = `Undid the last rating (${body.undone.rating}). The card is back.`;
      } catch (err) {
        const e = err as Error & { status?: number };
        this.error = e.status === 404 ? "There is no rating to undo." : `Undo failed: ${e.message}`;
        this.status = this.error;
      }
    });
  }
}
