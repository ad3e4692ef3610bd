/**
 * The job runner: a process of its own, at the lowest CPU priority, that takes queued essays from
 * the database (any instance's) one at a time, generates their items and stores them. Started and
 * watched by an instance (essay-job-host.ts); it exits when that instance goes away.
 *
 * Why a process and not a thread: a worker thread shares its process's V8 platform threads (which
 * run the worker's garbage collection at normal priority) and its scheduling group; with the essay
 * in a worker thread the request thread lost CPU time and other users' GET /api/me p95 rose to
 * 1.3–2.5 times its idle value in the bench, whatever the thread's nice value.
 */
import fs from "node:fs";
import os from "node:os";
import { randomUUID } from "node:crypto";
import { generateFromEssay } from "@/lib/generate";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import {
  claimNextJob,
  endJob,
  failStaleJobs,
  recordEssay,
  type ClaimedJob,
} from "./essay-jobs";
import { storeWithFreeSlug } from "./store-new-essay";

/** How often an idle runner looks for jobs queued on other instances. */
const IDLE_POLL_MS = 1_000;

/** The lowest priority (ESSAY_RUNNER_NICE) for this process and, on Linux, its scheduling group. */
function lowerPriority() {
  const nice = env().ESSAY_RUNNER_NICE;
  try {
    os.setPriority(nice);
  } catch {
    // Not allowed here: the runner keeps its priority.
  }
  // With autogroup scheduling (most Linux desktops and servers) a process's nice value only counts
  // against processes of its own session; the host starts the runner in a session of its own, and
  // the session's nice value is what weighs against the server's.
  try {
    fs.writeFileSync("/proc/self/autogroup", String(nice));
  } catch {
    // No autogroup scheduling: the process's nice value is what counts.
  }
}

export const runnerId = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

type Message = { type: "ready" } | { type: "start" | "end"; jobId: string };
// Without a callback a message to an instance that has just gone raises EPIPE and kills the runner.
const tell = (m: Message) => process.connected && process.send?.(m, undefined, {}, () => {});

async function run(job: ClaimedJob): Promise<void> {
  const { input } = job;
  const uploadKey = job.uploadKey ? { userId: job.userId, clientKey: job.uploadKey } : undefined;
  try {
    if (uploadKey)
      await db.essayUpload.updateMany({ where: uploadKey, data: { stage: "generating" } });
    const result = generateFromEssay({ title: input.title, text: input.text });
    const stored = await storeWithFreeSlug(input, result, uploadKey, (essayId) =>
      recordEssay(job.id, essayId),
    );
    // The job was given up on meanwhile (its request was told it failed): leave nothing behind.
    if (!(await endJob(job.id, { stored })))
      await db.essay.delete({ where: { slug: stored.slug } }).catch(() => {});
  } catch (err) {
    if (!(err instanceof AppError)) console.error(err);
    await endJob(
      job.id,
      err instanceof AppError
        ? { code: err.code, message: err.message }
        : {
            code: "internal",
            message:
              "Something went wrong on our side while processing this essay. Try again; if it keeps happening, tell us.",
          },
    );
  }
}

let wake: (() => void) | null = null;
/** Set when the instance has gone: the runner finishes the job in hand (not half an essay), then exits. */
let leaving = false;
let inJob = false;

/**
 * The instance that started this runner. "disconnect" says it has gone; so does a parent that has
 * changed: a runner re-parented after its instance died without the channel closing (seen after a
 * test run's server was killed) would otherwise poll the database for ever.
 */
// The host names itself (essay-job-host.ts): the runner's modules take seconds to load on a busy
// machine, and an instance that dies meanwhile leaves a runner whose first-read parent is already
// the adopter, so a changed parent would never be seen.
const parentPid = Number(process.env.ESSAY_RUNNER_PARENT) || process.ppid;
const instanceGone = () => leaving || process.ppid !== parentPid;

async function loop(): Promise<never> {
  for (;;) {
    if (instanceGone()) process.exit(0);
    await failStaleJobs();
    // A claim in flight is a job in hand: a "disconnect" heard while the claim's update commits
    // must not exit and strand the job it claimed as running.
    inJob = true;
    const job = await claimNextJob(runnerId);
    if (!job) {
      inJob = false;
      if (instanceGone()) process.exit(0);
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, IDLE_POLL_MS);
      });
      wake = null;
      continue;
    }
    tell({ type: "start", jobId: job.id });
    await run(job);
    inJob = false;
    tell({ type: "end", jobId: job.id });
  }
}

lowerPriority();
// The host says "poke" when it queues a job, so this runner need not wait for its next look.
process.on("message", (m) => m === "poke" && wake?.());
// The instance that started this runner has gone (or closed the channel): so does the runner, once
// the job in hand is stored.
process.on("disconnect", () => {
  leaving = true;
  if (!inJob) process.exit(0);
});
tell({ type: "ready" });
loop().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
