import {
  arr,
  body,
  bool,
  date,
  errorResponses,
  int,
  num,
  obj,
  ok,
  pathParam,
  queryParam,
  ref,
  str,
  type Schema,
} from "@/lib/openapi/helpers";

/** OpenAPI paths and schemas for review, quizzes and stats (the student side). */

const rating: Schema = { type: "string", enum: ["again", "hard", "good", "easy"] };
const cardState: Schema = {
  type: "string",
  enum: ["new", "learning", "review", "relearning"],
  description: "The FSRS state of the card, by name",
};
const quizType: Schema = { type: "string", enum: ["mcq", "true_false", "cloze", "short_answer"] };
const dayCount: Schema = obj({ date: { type: "string", format: "date" }, count: int });
const nullable = (s: Schema): Schema => ({ anyOf: [s, { type: "null" }] });

export const learnSchemas: Record<string, Schema> = {
  CardSource: obj(
    {
      essay: { type: "string", description: "The essay's slug" },
      essayTitle: str,
      sentence: { type: "string", description: "The source sentence in the essay" },
      claimId: {
        type: "string",
        description: "The claim; the essay page marks it with id claim-{claimId}",
      },
    },
    ["essay", "sentence", "claimId"],
  ),
  QueueCard: obj({
    cardId: str,
    itemId: str,
    type: { type: "string", enum: ["flashcard", "cloze", "short_answer"] },
    front: { type: "string", description: "The item's prompt" },
    back: { type: "string", description: "The item's answer" },
    source: ref("CardSource"),
    state: cardState,
    due: date,
    intervals: {
      ...obj({ again: str, hard: str, good: str, easy: str }),
      description:
        'What each rating would schedule now (ts-fsrs preview), e.g. {again: "1m", hard: "6m", good: "10m", easy: "3d"}',
    },
  }),
  ReviewedCard: obj({
    due: date,
    state: cardState,
    stability: num,
    difficulty: num,
    reps: int,
    lapses: int,
  }),
  StudySettings: obj({
    desiredRetention: {
      type: "number",
      minimum: 0.7,
      maximum: 0.97,
      description: "FSRS desired retention (default 0.9): higher means shorter intervals",
    },
    newCardsPerDay: {
      type: "integer",
      minimum: 0,
      maximum: 500,
      description:
        "At most this many new cards are started per study day (default 20); a study day starts at 4 a.m. in timeZone",
    },
    timeZone: {
      type: "string",
      description:
        'IANA time zone (default "UTC", set from the browser at sign-up): study days run 4 a.m. to 4 a.m. there, and pages show dates in it',
      example: "Europe/Berlin",
    },
  }),
  QuizQuestion: obj(
    {
      id: str,
      type: quizType,
      prompt: str,
      choices: { ...arr(str), description: "mcq and true_false: the choices in display order" },
    },
    ["id", "type", "prompt"],
  ),
  QuizResult: obj(
    {
      questionId: str,
      correct: bool,
      expected: str,
      explanation: str,
      source: ref("CardSource"),
      response: { type: "string", description: 'The answer given; "" when unanswered' },
      reviewQueued: {
        type: "boolean",
        description: "After a wrong answer: a card of this claim is now due in the review queue",
      },
    },
    ["questionId", "correct", "expected", "explanation", "source", "response"],
  ),
  Quiz: obj(
    {
      id: str,
      title: str,
      createdAt: date,
      essay: nullable(str),
      setId: nullable(str),
      assignmentId: nullable(str),
      total: int,
      submittedAt: nullable(date),
      score: nullable(int),
      questions: arr(ref("QuizQuestion")),
      results: { ...arr(ref("QuizResult")), description: "Present once the quiz is submitted" },
    },
    [
      "id",
      "title",
      "createdAt",
      "essay",
      "setId",
      "assignmentId",
      "total",
      "submittedAt",
      "score",
      "questions",
    ],
  ),
  ReviewQueue: obj({
    cards: arr(ref("QueueCard")),
    counts: {
      ...obj({ new: int, learning: int, review: int }),
      description:
        "Cards available now in each state, not capped by limit (for a backlog beyond what the queue reads, due cards are counted without subtracting buried siblings)",
    },
    nextDue: { ...nullable(date), description: "When the next card not in cards is due" },
    newLimitReached: bool,
    newCardsPerDay: int,
    scope: obj(
      {
        kind: { type: "string", enum: ["essay", "set", "all"] },
        essay: str,
        set: str,
        title: nullable(str),
      },
      ["kind", "title"],
    ),
  }),
  QuizSummary: obj({
    id: str,
    title: str,
    createdAt: date,
    submittedAt: nullable(date),
    score: nullable(int),
    total: int,
  }),
};

export const learnPaths: Record<string, Record<string, Record<string, unknown>>> = {
  "/api/review/queue": {
    get: {
      summary:
        "The caller's review queue. With set or essay: that source's published flashcard-able items (flashcard, cloze, short_answer), cards made on first sight. With neither: every card due plus new cards from review-mode assignments of the caller's classes. Order: due cards, then new cards (at most User.newCardsPerDay started per study day, which begins at 4 a.m. in the user's timeZone), then learning cards due within 20 minutes. Two cards of one claim are never served on the same day (siblings buried).",
      parameters: [
        queryParam(
          "limit",
          { type: "integer", minimum: 1, maximum: 100, default: 20 },
          "At most this many cards",
        ),
        queryParam("set", str, "Only this set (must be assigned to you, or yours)"),
        queryParam("essay", str, "Only this essay (its slug)"),
      ],
      responses: {
        ...ok(ref("ReviewQueue")),
        ...errorResponses(400, 401, 404),
      },
    },
  },
  "/api/review/{cardId}": {
    post: {
      summary:
        "Rate one of the caller's cards (FSRS-6 via ts-fsrs, fuzz on, the caller's desired retention). The card and its review log are written, and the next queue read, in one transaction. The same idempotencyKey never schedules twice: a repeat returns the first result (409 if the key was used for another card). Another user's card is 404.",
      parameters: [pathParam("cardId", "The card's id (from the queue)")],
      requestBody: body(
        obj(
          {
            rating,
            durationMs: { type: "integer", minimum: 0, maximum: 86_400_000 },
            idempotencyKey: { type: "string", minLength: 1, maxLength: 100 },
            next: {
              ...obj(
                {
                  limit: { type: "integer", minimum: 1, maximum: 20, default: 5 },
                  have: {
                    type: "array",
                    maxItems: 100,
                    items: { type: "string", minLength: 1, maxLength: 64 },
                    description:
                      "Ids of cards the client already holds (its buffer, and ratings it has not sent yet). They are not sent again: next.cards holds the first limit cards of the queue that are not in have. Held cards keep their place — they count, bury their claims' siblings and take today's new-card slots. The review page sends the cards it holds and asks for as many as refill its buffer (usually one).",
                  },
                  set: str,
                  essay: str,
                },
                [],
              ),
              description:
                "Shape of the queue returned in next: at most limit cards not in have, of this set or essay (as in GET /api/review/queue). Default: 5 cards of everything due.",
            },
          },
          ["rating"],
        ),
      ),
      responses: {
        ...ok(
          obj({
            card: ref("ReviewedCard"),
            next: {
              ...ref("ReviewQueue"),
              description:
                "The queue after this rating, read in the rating's transaction, so a client needs no second request per card. Its cards leave out the ones named in next.have; its counts and nextDue cover them (nextDue: the first card due that is neither sent nor held).",
            },
          }),
        ),
        ...errorResponses(400, 401, 404, 409, 413, 422),
      },
    },
  },
  "/api/review/{cardId}/check": {
    post: {
      summary:
        "Check a typed answer to one of the caller's cards (graded leniently as quiz answers are: case, punctuation, leading articles, small typos; numbers must match). Changes nothing: the student rates the card afterwards. Another user's card is 404.",
      parameters: [pathParam("cardId", "The card's id (from the queue)")],
      requestBody: body(obj({ response: { type: "string", minLength: 1, maxLength: 500 } })),
      responses: {
        ...ok(obj({ correct: bool, expected: str })),
        ...errorResponses(400, 401, 404, 413, 422),
      },
    },
  },
  "/api/review/undo": {
    post: {
      summary:
        "Undo the caller's last rating that is not undone yet (ts-fsrs rollback). The card returns to its state before that rating; the review log is kept and marked undone. 404 when there is nothing to undo.",
      responses: {
        ...ok(
          obj({
            cardId: str,
            itemId: str,
            undone: obj({ rating, reviewedAt: date }),
            card: ref("ReviewedCard"),
            queueCard: ref("QueueCard"),
          }),
        ),
        ...errorResponses(401, 404, 409),
      },
    },
  },
  "/api/me/settings": {
    get: {
      summary: "The caller's study settings",
      responses: { ...ok(ref("StudySettings")), ...errorResponses(401) },
    },
    patch: {
      summary:
        "Change desired retention (0.70–0.97), new cards per day (0–500) and/or the time zone (an IANA name; unknown names get 422)",
      requestBody: body(
        obj(
          {
            desiredRetention: { type: "number", minimum: 0.7, maximum: 0.97 },
            newCardsPerDay: { type: "integer", minimum: 0, maximum: 500 },
            timeZone: { type: "string", example: "America/New_York" },
          },
          [],
        ),
      ),
      responses: {
        ...ok(ref("StudySettings")),
        ...errorResponses(400, 401, 413, 422),
      },
    },
  },
  "/api/stats": {
    get: {
      summary:
        "The caller's review statistics. Days are the caller's study days: 4 a.m. to 4 a.m. in their timeZone, named by date. retention: share of reviews of review-state cards in the last 30 days not rated again (true retention; null without any).",
      responses: {
        ...ok(
          obj({
            reviewsToday: int,
            dueToday: {
              type: "integer",
              description: "Cards (not new) due before the next study day begins",
            },
            retention: nullable(num),
            retentionReviews: int,
            streak: { type: "integer", description: "Consecutive days with a review" },
            forecast: { ...arr(dayCount), description: "Cards due on each of the next 30 days" },
            heatmap: { ...arr(dayCount), description: "Reviews per day, last 26 weeks" },
            cards: {
              ...obj({ total: int, new: int, learning: int, review: int }),
              description: "The caller's cards of published items, by FSRS state",
            },
            settings: ref("StudySettings"),
          }),
        ),
        ...errorResponses(401),
      },
    },
  },
  "/api/quizzes": {
    get: {
      summary: "The caller's quizzes, newest first, with scores once submitted (history)",
      responses: { ...ok(obj({ quizzes: arr(ref("QuizSummary")) })), ...errorResponses(401) },
    },
    post: {
      summary:
        "Draw a quiz from published items (mcq, true_false, cloze, short_answer), mixing types and asking each claim once when possible. Exactly one of setId, essay or assignmentId (the set of an assignment of yours). count defaults to 10, or with a set to all of its quiz-able items. A student's quiz on a set counts for the quiz assignment of that set still open to them (due soonest), however it was started: the quiz's assignmentId says which. No answers in the response.",
      requestBody: body(
        obj(
          {
            setId: str,
            essay: { type: "string", description: "The essay's slug" },
            assignmentId: str,
            count: { type: "integer", minimum: 1, maximum: 100 },
            types: arr(quizType),
          },
          [],
        ),
      ),
      responses: {
        ...ok(
          obj({ id: str, title: str, total: int, questions: arr(ref("QuizQuestion")) }),
          "201",
          "Created",
        ),
        ...errorResponses(400, 401, 404, 413, 422),
      },
    },
  },
  "/api/quizzes/{id}": {
    get: {
      summary:
        "The caller's quiz and its attempt: questions without answers before submission; with results (responses, expected answers, explanations, sources) after. Another user's quiz is 404.",
      parameters: [pathParam("id", "The quiz's id")],
      responses: { ...ok(ref("Quiz")), ...errorResponses(401, 404) },
    },
  },
  "/api/quizzes/{id}/submit": {
    post: {
      summary:
        "Submit the answers, once (409 afterwards, also for concurrent submits). Unanswered questions count as wrong. Typed answers are graded leniently (case, punctuation, small typos). A wrong answer makes a card of its claim due now in the caller's review queue.",
      parameters: [pathParam("id", "The quiz's id")],
      requestBody: body(
        obj({
          answers: arr(obj({ questionId: str, response: { type: "string", maxLength: 1000 } })),
        }),
      ),
      responses: {
        ...ok(obj({ score: int, total: int, results: arr(ref("QuizResult")) })),
        ...errorResponses(400, 401, 404, 409, 413, 422),
      },
    },
  },
};
