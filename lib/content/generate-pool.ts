import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { AppError } from "@/lib/errors";
import type { GenerationInput, GenerationResult } from "@/lib/generate";
import type { NewEssayFields, StoredEssay, UploadKey } from "./store-new-essay";

/** Longest one essay may take in the worker before it is stopped (and restarted for the next). */
export const GENERATION_TIMEOUT_MS = 120_000;
/** Essays waiting for the worker beyond this are turned away with "busy, try again". */
export const MAX_QUEUED_GENERATIONS = 8;
const WORKER_HEAP_MB = 768;

/** What the worker does: generate only (regeneration stores through storeEssay), or generate and store a new essay. */
export type WorkerJob =
  | { id: number; kind: "generate"; input: GenerationInput }
  | {
      id: number;
      kind: "store";
      input: GenerationInput;
      essay: NewEssayFields;
      uploadKey?: UploadKey;
    };
export type WorkerReply = {
  id: number;
  result?: GenerationResult;
  stored?: StoredEssay;
  error?: string;
};
type JobBody = WorkerJob extends infer J ? (J extends WorkerJob ? Omit<J, "id"> : never) : never;

interface Pending {
  id: number;
  body: JobBody;
  resolve: (r: WorkerReply) => void;
  reject: (e: Error) => void;
}

// Inside Next (NEXT_RUNTIME is set) Turbopack has bundled the worker into plain JavaScript: it
// follows `new Worker(new URL(…, import.meta.url))`. Elsewhere (Vitest, tsx scripts) the worker's
// TypeScript runs through tsx. (import.meta.url cannot tell them apart: Turbopack keeps the
// source's .ts name.)
const fromSource = !process.env.NEXT_RUNTIME;

const sourceWorkerPath = () =>
  path.join(path.dirname(fileURLToPath(import.meta.url)), "generate-worker.ts");

let worker: Worker | null = null;
let running: (Pending & { timer: NodeJS.Timeout }) | null = null;
const queue: Pending[] = [];
let nextId = 1;

function startWorker(): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  // Node 20 registers `--import` loader hooks in a worker only after its entry has loaded, so the
  // source worker is started by a line of CommonJS that requires tsx first.
  const w = fromSource
    ? new Worker(`require("tsx/cjs"); require(${JSON.stringify(sourceWorkerPath())});`, {
        ...options,
        eval: true,
      })
    : new Worker(new URL("./generate-worker.ts", import.meta.url), options);
  w.on("message", (msg: WorkerReply) => {
    if (!running || msg.id !== running.id) return;
    const job = running;
    finish();
    if (msg.error === undefined) job.resolve(msg);
    else job.reject(new Error(msg.error));
  });
  const fail = (err: Error) => {
    // A worker stopped after a timeout has already been replaced: its exit concerns no job.
    if (worker !== w) return;
    worker = null;
    const job = running;
    finish();
    job?.reject(err);
  };
  w.on("error", fail);
  w.on("exit", (code) => code !== 0 && fail(new Error(`generation worker exited with ${code}`)));
  // An idle worker must not keep a CLI script or test run alive.
  w.unref();
  return w;
}

function finish() {
  if (running) clearTimeout(running.timer);
  running = null;
  queueMicrotask(pump);
}

function pump() {
  if (running) return;
  const job = queue.shift();
  if (!job) return;
  worker ??= startWorker();
  const timer = setTimeout(() => {
    const w = worker;
    worker = null;
    const stuck = running;
    running = null;
    stuck?.reject(
      new AppError("too_large", "This essay took too long to process. Split it into shorter essays."),
    );
    void w?.terminate();
    pump();
  }, GENERATION_TIMEOUT_MS);
  running = { ...job, timer };
  worker.postMessage({ ...job.body, id: job.id });
}

/** How many essays are waiting or being generated on this instance. */
export function generationBacklog(): number {
  return queue.length + (running ? 1 : 0);
}

function enqueue(body: JobBody): Promise<WorkerReply> {
  if (queue.length >= MAX_QUEUED_GENERATIONS) {
    return Promise.reject(
      new AppError("rate_limited", "Claimdeck is busy with other essays. Try again in a minute.", {
        headers: { "Retry-After": "60" },
      }),
    );
  }
  return new Promise((resolve, reject) => {
    queue.push({ id: nextId++, body, resolve, reject });
    pump();
  });
}

/**
 * Generates claims and items in the worker thread, one essay at a time per instance (each uses a
 * whole core); the caller awaits while the event loop serves everyone else.
 */
export async function generateInWorker(input: GenerationInput): Promise<GenerationResult> {
  return (await enqueue({ kind: "generate", input })).result!;
}

/**
 * Generates and stores a new essay in the worker thread (under the first free slug from its
 * title), recording progress under the upload's key; resolves once every item is stored.
 */
export async function createInWorker(
  input: GenerationInput,
  essay: NewEssayFields,
  uploadKey?: UploadKey,
): Promise<StoredEssay> {
  return (await enqueue({ kind: "store", input, essay, uploadKey })).stored!;
}
