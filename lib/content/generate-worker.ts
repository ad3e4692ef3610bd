/**
 * Runs in a worker thread. The generator is pure CPU work (seconds for a long essay), and Prisma
 * spends about a millisecond per row it writes; both run here, with this thread's own connection,
 * so the server's event loop stays free for everyone else's requests.
 */
import { parentPort } from "node:worker_threads";
import { generateFromEssay } from "@/lib/generate";
import { storeWithFreeSlug } from "./store-new-essay";
import type { WorkerJob, WorkerReply } from "./generate-pool";

async function run(job: WorkerJob): Promise<WorkerReply> {
  const result = generateFromEssay(job.input);
  if (job.kind === "generate") return { id: job.id, result };
  return { id: job.id, stored: await storeWithFreeSlug(job.essay, result, job.uploadKey) };
}

parentPort?.on("message", (job: WorkerJob) => {
  run(job).then(
    (reply) => parentPort!.postMessage(reply),
    (err: unknown) => {
      // The stack is logged here: the thread boundary keeps only the message.
      console.error(err);
      parentPort!.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) });
    },
  );
});
