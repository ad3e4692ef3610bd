/**
 * Runs in a worker thread: the generator is pure CPU work (seconds for a long essay), so it runs here
 * and the server's event loop stays free for everyone else's requests.
 */
import { parentPort } from "node:worker_threads";
import { generateFromEssay, type GenerationInput } from "@/lib/generate";

interface Job {
  id: number;
  input: GenerationInput;
}

parentPort?.on("message", (job: Job) => {
  try {
    parentPort!.postMessage({ id: job.id, result: generateFromEssay(job.input) });
  } catch (err) {
    parentPort!.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) });
  }
});
