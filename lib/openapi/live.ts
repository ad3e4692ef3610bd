import {
  arr,
  body,
  bool,
  date,
  errorResponses,
  int,
  obj,
  ok,
  pathParam,
  queryParam,
  ref,
  str,
  type Schema,
} from "@/lib/openapi/helpers";

/** OpenAPI paths and schemas for live games (host on a projector, players on phones). */

const phase: Schema = { type: "string", enum: ["lobby", "question", "reveal", "paused", "ended"] };
const liveType: Schema = { type: "string", enum: ["mcq", "true_false", "cloze", "short_answer"] };
const nullable = (s: Schema): Schema => ({ anyOf: [s, { type: "null" }] });

export const liveSchemas: Record<string, Schema> = {
  LiveQuestion: obj(
    {
      questionId: { ...str, description: "The item's id; send it back with the answer" },
      index: int,
      type: liveType,
      prompt: str,
      choices: arr(str),
      closesAt: nullable(date),
      openedAt: nullable(date),
      remainingMs: nullable({ ...int, description: "Time left while paused" }),
    },
    ["questionId", "index", "type", "prompt", "closesAt"],
  ),
  LiveReveal: obj({
    answer: str,
    explanation: str,
    source: obj({ essay: str, essayTitle: str, sentence: str, context: str }),
    distribution: arr(obj({ response: str, count: int, correct: bool })),
  }),
  LiveView: {
    ...obj(
      {
        gameId: str,
        role: { type: "string", enum: ["host", "player"] },
        status: phase,
        pausedFrom: nullable(phase),
        setTitle: str,
        questionIndex: { ...int, description: "-1 in the lobby" },
        questionCount: int,
        serverNow: date,
        players: arr(obj({ id: str, name: str })),
        playerCount: int,
        question: nullable(ref("LiveQuestion")),
        answers: obj({ count: int, total: int }),
        reveal: nullable(ref("LiveReveal")),
        leaderboard: arr(obj({ playerId: str, name: str, score: int, rank: int })),
        pin: nullable({ ...str, description: "Host only" }),
        me: {
          ...obj(
            {
              playerId: str,
              name: str,
              score: int,
              rank: int,
              answered: bool,
              response: str,
              correct: bool,
              points: int,
            },
            ["playerId", "name", "score", "rank", "answered"],
          ),
          description: "Player only. correct and points appear once the question is revealed.",
        },
      },
      ["gameId", "role", "status", "questionIndex", "questionCount", "serverNow", "answers"],
    ),
    description:
      "Sent on connect and on every change, as the SSE event named after the phase (lobby, question, reveal, ended; a paused game is sent under the phase it paused in, with status paused). No answer, explanation or source before the reveal; points of the open question are left out of scores until then.",
  },
  LiveReport: obj({
    game: obj({
      id: str,
      setId: str,
      setTitle: str,
      status: phase,
      createdAt: date,
      endedAt: nullable(date),
      questionsAsked: int,
    }),
    students: arr(
      obj({
        playerId: str,
        userId: nullable(str),
        name: str,
        guest: bool,
        rank: int,
        points: int,
        correct: int,
        answered: int,
        total: int,
        score: { type: "number", minimum: 0, maximum: 1 },
      }),
    ),
    items: arr(
      obj({
        itemId: str,
        prompt: str,
        type: liveType,
        sourceSentence: str,
        essay: str,
        attempts: int,
        correct: int,
        correctRate: nullable({ type: "number", minimum: 0, maximum: 1 }),
      }),
    ),
  }),
};

const gameId = pathParam("id", "The live game's id");

export const livePaths: Record<string, Record<string, Record<string, unknown>>> = {
  "/api/live": {
    post: {
      summary:
        "Teacher: start a live game of one of their sets (its published mcq, true/false, cloze and short-answer items, in set order). Returns a six-digit PIN and the join link players open (/play?pin=…).",
      requestBody: body(
        obj(
          {
            setId: str,
            allowGuests: {
              ...bool,
              description:
                "Let people without an account join with a nickname (default false); guests get no review cards",
            },
            secondsPerQuestion: {
              ...int,
              minimum: 5,
              maximum: 300,
              description:
                "Default: by item type (true/false 15, mcq 20, cloze 30, short answer 40)",
            },
          },
          ["setId"],
        ),
      ),
      responses: {
        ...ok(
          obj({ id: str, pin: { type: "string", pattern: "^\\d{6}$" }, joinUrl: str }),
          "201",
          "Created",
        ),
        ...errorResponses(400, 401, 403, 404, 413, 422),
      },
    },
  },
  "/api/live/join": {
    post: {
      summary:
        "Join a running game by PIN. Signed-in students of the host's classes play under their name; anyone else only when the host allowed guests, with a nickname. Sets an HttpOnly cookie that identifies the player; joining again returns the same player. Wrong PINs are limited (20 per account, 100 per address in 10 minutes; then 429 with Retry-After).",
      security: [],
      requestBody: body(
        obj({ pin: { type: "string", pattern: "^\\d{6}$" }, nickname: { ...str, maxLength: 30 } }, [
          "pin",
        ]),
      ),
      responses: {
        ...ok(obj({ gameId: str, playerId: str })),
        ...errorResponses(400, 401, 403, 404, 409, 413, 422, 429),
      },
    },
  },
  "/api/live/{id}/events": {
    get: {
      summary:
        "The game as Server-Sent Events for its host or a player: the current view at once (event lobby | question | reveal | ended, data LiveView — a question event also has questionId, type, prompt, choices and closesAt at the top level, a reveal event answer, explanation, source and distribution), then every change; a leaderboard event ({gameId, leaderboard, me?}) after each reveal and before the end; event answers ({questionIndex, count, total; playerId for the host only}) as answers come in; a comment line every 15 s. Reconnecting gives the current view again.",
      parameters: [gameId],
      responses: {
        "200": {
          description: "An event stream",
          content: { "text/event-stream": { schema: ref("LiveView") } },
        },
        ...errorResponses(404),
      },
    },
  },
  "/api/live/{id}/control": {
    post: {
      summary:
        "Host: start (lobby → first question), next (during a question: reveal now, i.e. skip the rest of its time; during a reveal: the next question, or the end after the last), pause, resume (a paused question keeps the time it had left), end (now; signed-in players' misses become due review cards). An action the phase does not allow is a 409.",
      parameters: [gameId],
      requestBody: body(
        obj({ action: { type: "string", enum: ["start", "next", "pause", "resume", "end"] } }),
      ),
      responses: {
        ...ok(obj({ status: phase })),
        ...errorResponses(400, 401, 403, 404, 409, 413, 422),
      },
    },
  },
  "/api/live/{id}/answer": {
    post: {
      summary:
        "Player: answer the open question (choice text for mcq/true_false, typed text for cloze/short_answer, graded leniently). Counts once per player and question (409 after that) and only before the question closes by the server's clock (422 after). Right or wrong is shown at the reveal.",
      parameters: [gameId],
      requestBody: body(obj({ questionId: str, response: { ...str, maxLength: 500 } })),
      responses: {
        ...ok(obj({ accepted: { type: "boolean", const: true } })),
        ...errorResponses(400, 403, 404, 409, 413, 422),
      },
    },
  },
  "/api/live/{id}/report": {
    get: {
      summary:
        "Host: the game's report like an assignment's — each player's rank, points and correct answers, each asked item's correct rate, most-missed first. format=csv: the player table, a blank line, the item table.",
      parameters: [
        gameId,
        queryParam("format", { type: "string", enum: ["json", "csv"] }, "csv for a download"),
      ],
      responses: {
        "200": {
          description: "OK",
          content: {
            "application/json": { schema: ref("LiveReport") },
            "text/csv": { schema: str },
          },
        },
        ...errorResponses(400, 401, 403, 404),
      },
    },
  },
};
