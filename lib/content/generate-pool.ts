import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { AppError, type ErrorCode } from "@/lib/errors";
import type { GenerationInput, GenerationResult } from "@/lib/generate";
import type { ExtractedDocument } from "@/lib/documents/types";

/** Longest one job may take in a worker before it is stopped (and the worker restarted). */
export const GENERATION_TIMEOUT_MS = 120_000;
/** Jobs waiting for a worker beyond this are turned away with "busy, try again". */
export const MAX_QUEUED_JOBS = 8;
const WORKER_HEAP_MB = 768;

/**
 * What a worker does: read a document, or generate only (regeneration stores through storeEssay).
 * New essays are generated and stored by the job runner (essay-job-runner.ts).
 */
export type WorkerJob =
  | { id: number; kind: "extract"; bytes: Uint8Array }
  | { id: number; kind: "generate"; input: GenerationInput };
export type WorkerReply = {
  id: number;
  doc?: ExtractedDocument;
  result?: GenerationResult;
  error?: string;
  /** Set when the worker threw an AppError: it is rethrown here with its status. */
  code?: ErrorCode;
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

function startWorker(): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  // Node 20 registers `--import` loader hooks in a worker only after its entry has loaded, so the
  // source worker is started by a line of CommonJS that requires tsx first.
  return fromSource
    ? new Worker(`require("tsx/cjs"); require(${JSON.stringify(sourceWorkerPath())});`, {
        ...options,
        eval: true,
      })
    : new Worker(new URL("./generate-worker.ts", import.meta.url), options);
}

/**
 * One worker thread and its queue, one job at a time (each job may use a whole core). Documents
 * and essays have a lane each, so a preview never waits behind a long essay's generation.
 */
class Lane {
  private worker: Worker | null = null;
  private running: (Pending & { timer: NodeJS.Timeout }) | null = null;
  private readonly queue: Pending[] = [];
  private nextId = 1;

  constructor(private readonly busyMessage: string) {}

  run(body: JobBody): Promise<WorkerReply> {
    if (this.queue.length >= MAX_QUEUED_JOBS) {
      return Promise.reject(
        new AppError("rate_limited", this.busyMessage, { headers: { "Retry-After": "60" } }),
      );
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, body, resolve, reject });
      this.pump();
    });
  }

  private spawn(): Worker {
    const w = startWorker();
    w.on("message", (msg: WorkerReply) => {
      if (!this.running || msg.id !== this.running.id) return;
      const job = this.running;
      this.finish();
      if (msg.error === undefined) job.resolve(msg);
      else job.reject(msg.code ? new AppError(msg.code, msg.error) : new Error(msg.error));
    });
    const fail = (err: Error) => {
      // A worker stopped after a timeout has already been replaced: its exit concerns no job.
      if (this.worker !== w) return;
      this.worker = null;
      const job = this.running;
      this.finish();
      job?.reject(err);
    };
    w.on("error", fail);
    w.on("exit", (code) => code !== 0 && fail(new Error(`worker exited with ${code}`)));
    // An idle worker must not keep a CLI script or test run alive.
    w.unref();
    return w;
  }

  private finish() {
    if (this.running) clearTimeout(this.running.timer);
    this.running = null;
    queueMicrotask(() => this.pump());
  }

  private pump() {
    if (this.running) return;
    const job = this.queue.shift();
    if (!job) return;
    const worker = (this.worker ??= this.spawn());
    const timer = setTimeout(() => {
      this.worker = null;
      const stuck = this.running;
      this.running = null;
      stuck?.reject(
        new AppError("too_large", "This took too long to process. Split it into shorter essays."),
      );
      void worker.terminate();
      this.pump();
    }, GENERATION_TIMEOUT_MS);
    this.running = { ...job, timer };
    worker.postMessage({ ...job.body, id: job.id });
  }
}

const essays = new Lane("Claimdeck is busy with other essays. Try again in a minute.");
const documents = new Lane("Claimdeck is busy reading other documents. Try again in a minute.");

/** Reads a document (PDF, DOCX, HTML, text) in a worker thread: parsing never stalls requests. */
export async function extractInWorker(bytes: Uint8Array): Promise<ExtractedDocument> {
  return (await documents.run({ kind: "extract", bytes })).doc!;
}

/**
 * Generates claims and items in the worker thread; the caller awaits while the event loop serves
 * everyone else.
 */
export async function generateInWorker(input: GenerationInput): Promise<GenerationResult> {
  return (await essays.run({ kind: "generate", input })).result!;
}
