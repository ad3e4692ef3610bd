/**
 * The queue of essays to generate and store, kept in the database (EssayJob) so that any instance's
 * job runner may take a job and any instance may answer for it. A job moves queued → running →
 * done | failed; every move is one conditional UPDATE, so two runners never both take a job and a
 * job ends once.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db";
import { AppError, type ErrorCode } from "@/lib/errors";
import type { NewEssayFields, StoredEssay } from "./store-new-essay";
// One limit for every queue: jobs waiting beyond it are turned away with "busy, try again".
import { MAX_QUEUED_JOBS } from "./generate-pool";

/** How often the instance holding a running job renews its heartbeat. */
export const HEARTBEAT_MS = 5_000;
/** A running job whose heartbeat is older than this lost its instance: it ends as failed. */
export const STALE_JOB_MS = 60_000;
/** A job no runner took within this ends as failed (the request would otherwise wait for ever). */
export const QUEUE_TIMEOUT_MS = 10 * 60_000;
/** How often a waiting request reads its job's row (a runner on this instance wakes it sooner). */
const POLL_MS = 250;
/** Finished jobs older than this are swept when a new job is queued. */
const JOB_ROW_TTL_MS = 24 * 60 * 60 * 1000;

export const BUSY_MESSAGE = "Claimdeck is busy with other essays. Try again in a minute.";
export const LOST_MESSAGE =
  "The server processing this essay stopped before it was done. Try again; if it happens again, split the essay into shorter ones.";

export type JobOutcome = { stored: StoredEssay } | { code: ErrorCode; message: string };

export type ClaimedJob = {
  id: string;
  userId: string;
  uploadKey: string | null;
  input: NewEssayFields;
};

/** Queues a new essay for the runners; returns the job's id. */
export async function queueEssayJob(
  userId: string,
  input: NewEssayFields,
  uploadKey?: string,
): Promise<string> {
  await db.essayJob.deleteMany({
    where: {
      state: { in: ["done", "failed"] },
      createdAt: { lt: new Date(Date.now() - JOB_ROW_TTL_MS) },
    },
  });
  if ((await db.essayJob.count({ where: { state: "queued" } })) >= MAX_QUEUED_JOBS) {
    throw new AppError("rate_limited", BUSY_MESSAGE, { headers: { "Retry-After": "60" } });
  }
  const job = await db.essayJob.create({
    data: { userId, uploadKey: uploadKey ?? null, input: JSON.stringify(input) },
    select: { id: true },
  });
  return job.id;
}

/** Takes the oldest queued job for this runner, or null when none is left. */
export async function claimNextJob(runnerId: string): Promise<ClaimedJob | null> {
  for (;;) {
    const next = await db.essayJob.findFirst({
      where: { state: "queued" },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    if (!next) return null;
    const now = new Date();
    const won = await db.essayJob.updateMany({
      where: { id: next.id, state: "queued" },
      data: { state: "running", runnerId, claimedAt: now, heartbeatAt: now },
    });
    // Another runner took it between the two statements: look again.
    if (won.count === 0) continue;
    const job = await db.essayJob.findUniqueOrThrow({ where: { id: next.id } });
    return {
      id: job.id,
      userId: job.userId,
      uploadKey: job.uploadKey,
      input: JSON.parse(job.input) as NewEssayFields,
    };
  }
}

/**
 * Ends a job that has not ended yet, and its upload's progress row with it. Returns false when the
 * job had already ended (e.g. failed as stale while its runner was still storing).
 */
export async function endJob(
  id: string,
  outcome: JobOutcome,
  from: ("queued" | "running")[] = ["queued", "running"],
): Promise<boolean> {
  const done = "stored" in outcome;
  return db.$transaction(async (tx) => {
    const ended = await tx.essayJob.updateMany({
      where: { id, state: { in: from } },
      data: {
        state: done ? "done" : "failed",
        finishedAt: new Date(),
        // The text is in the essay now (or unwanted): the queue need not keep a second copy.
        input: "",
        ...(done
          ? {
              slug: outcome.stored.slug,
              claimCount: outcome.stored.claimCount,
              itemCount: outcome.stored.itemCount,
            }
          : { errorCode: outcome.code, error: outcome.message }),
      },
    });
    if (ended.count === 0) return false;
    const job = await tx.essayJob.findUniqueOrThrow({
      where: { id },
      select: { userId: true, uploadKey: true, essayId: true },
    });
    // A runner that died (or was given up on) part-way leaves a half-stored essay: remove it.
    if (!done && job.essayId) await tx.essay.deleteMany({ where: { id: job.essayId } });
    if (job.uploadKey) {
      await tx.essayUpload.updateMany({
        where: { userId: job.userId, clientKey: job.uploadKey },
        data: done
          ? { stage: "done", essaySlug: outcome.stored.slug }
          : { stage: "failed", error: outcome.message },
      });
    }
    return true;
  });
}

/** Records the essay row a running job has created, so that a failure removes it. */
export async function recordEssay(id: string, essayId: string): Promise<void> {
  await db.essayJob.updateMany({ where: { id, state: "running" }, data: { essayId } });
}

/** Renews a running job's heartbeat (its runner's instance is alive). */
export async function beat(id: string): Promise<void> {
  await db.essayJob.updateMany({
    where: { id, state: "running" },
    data: { heartbeatAt: new Date() },
  });
}

/** Fails the running jobs whose instance stopped renewing them; returns how many. */
export async function failStaleJobs(now = Date.now()): Promise<number> {
  const stale = await db.essayJob.findMany({
    where: { state: "running", heartbeatAt: { lt: new Date(now - STALE_JOB_MS) } },
    select: { id: true },
  });
  let failed = 0;
  for (const { id } of stale)
    if (await endJob(id, { code: "internal", message: LOST_MESSAGE })) failed++;
  return failed;
}

/**
 * Waits until the job has ended: its stored essay, or its failure rethrown with the job's error
 * code. `woken` resolves early when a runner on this instance reports that the job ended.
 */
export async function waitForJob(
  id: string,
  woken: (id: string, ms: number) => Promise<void> = (_id, ms) => sleep(ms),
): Promise<StoredEssay> {
  const queuedSince = Date.now();
  for (;;) {
    const job = await db.essayJob.findUnique({ where: { id } });
    if (!job) throw new AppError("internal", LOST_MESSAGE);
    if (job.state === "done") {
      return { slug: job.slug!, claimCount: job.claimCount, itemCount: job.itemCount };
    }
    if (job.state === "failed") {
      const code = (job.errorCode ?? "internal") as ErrorCode;
      const retry = code === "rate_limited" ? { headers: { "Retry-After": "60" } } : undefined;
      throw new AppError(code, job.error ?? undefined, retry);
    }
    if (job.state === "queued" && Date.now() - queuedSince > QUEUE_TIMEOUT_MS) {
      await endJob(id, { code: "rate_limited", message: BUSY_MESSAGE }, ["queued"]);
      continue;
    }
    await woken(id, POLL_MS);
  }
}
