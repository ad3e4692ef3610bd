/**
 * Runs in a worker thread. Parsing a document and regenerating an essay's items are CPU work
 * (seconds for a long essay): they run here, so the server's event loop stays free for everyone
 * else's requests. (New essays go to the job runner instead, a process of its own.)
 */
import fs from "node:fs";
import os from "node:os";
import { parentPort } from "node:worker_threads";
import { generateFromEssay } from "@/lib/generate";
import { extractDocument } from "@/lib/documents";
import { AppError } from "@/lib/errors";
import type { WorkerJob, WorkerReply } from "./generate-pool";

/**
 * Nice value of this thread: on a busy machine the request threads win the CPU, so other users'
 * requests stay quick while an essay is processed. Linux gives each thread its own nice value
 * (setpriority on its thread id); elsewhere the worker keeps the process's priority.
 */
const WORKER_NICE = 10;
try {
  const tid = Number(fs.readlinkSync("/proc/thread-self").split("/").pop());
  if (tid) os.setPriority(tid, WORKER_NICE);
} catch {
  // Not Linux, or not allowed: the worker runs at normal priority.
}

async function run(job: WorkerJob): Promise<WorkerReply> {
  if (job.kind === "extract") return { id: job.id, doc: await extractDocument(job.bytes) };
  return { id: job.id, result: generateFromEssay(job.input) };
}

parentPort?.on("message", (job: WorkerJob) => {
  run(job).then(
    (reply) => parentPort!.postMessage(reply),
    (err: unknown) => {
      // A refusal (AppError) goes back with its code; anything else is logged here, since the
      // thread boundary keeps only the message.
      if (err instanceof AppError) {
        parentPort!.postMessage({ id: job.id, error: err.message, code: err.code });
        return;
      }
      console.error(err);
      parentPort!.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) });
    },
  );
});
