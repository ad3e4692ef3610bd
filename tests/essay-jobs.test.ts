import fs from "node:fs";
import path from "node:path";
import { execFileSync, spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";

/** The essay job table and its runners: claims, another instance's runner, crashes, stale jobs. */
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { createEssay } from "@/lib/data/essays";
import {
  claimNextJob,
  failStaleJobs,
  LOST_MESSAGE,
  queueEssayJob,
  STALE_JOB_MS,
  waitForJob,
} from "@/lib/content/essay-jobs";
import { runnerCommand, runnerPid } from "@/lib/content/essay-job-host";
import { AppError } from "@/lib/errors";

const root = path.resolve(__dirname, "..");
const river = fs.readFileSync(path.join(__dirname, "fixtures/river-essay.md"), "utf8");

async function teacher(tag: string): Promise<SessionUser> {
  const u = await db.user.create({
    data: { email: `${tag}@jobs.test`, name: tag, role: "teacher" },
  });
  return { id: u.id, email: u.email, name: u.name, role: "teacher" };
}

const fields = (owner: SessionUser, title: string, text = river) => ({
  title,
  text,
  source: "",
  ownerId: owner.id,
});

/** About `kb` KB of varied prose (the generator's fixtures, repeated), so a job runs for seconds. */
function longProse(kb: number): string {
  const dir = path.join(root, "lib/generate/__fixtures__");
  const texts = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
  let out = "";
  for (let i = 0; out.length < kb * 1024; i++) out += texts[i % texts.length] + "\n\n";
  return out;
}

describe("essay jobs", () => {
  it("gives each queued job to exactly one of several runners claiming at once", async () => {
    const owner = await teacher("claims");
    const ids = await Promise.all(
      ["One", "Two", "Three"].map((t) => queueEssayJob(owner.id, fields(owner, t))),
    );
    const runners = ["a", "b", "c", "d", "e", "f"];
    const claimed = await Promise.all(runners.map((r) => claimNextJob(`test-${r}`)));
    const taken = claimed.filter((j) => j !== null);
    // No runner of this instance has started yet: the six claimants alone share the three jobs.
    expect(taken.map((j) => j.id).sort()).toEqual([...ids].sort());
    for (const [i, job] of claimed.entries()) {
      if (!job) continue;
      const row = await db.essayJob.findUniqueOrThrow({ where: { id: job.id } });
      expect(row).toMatchObject({ state: "running", runnerId: `test-${runners[i]}` });
    }
  });

  it("is taken and finished by another instance's runner while this one only waits", async () => {
    const owner = await teacher("other-instance");
    const jobId = await queueEssayJob(owner.id, fields(owner, "Another instance"));
    // Started as another instance would start its own: a separate process on the same database.
    const other = spawn(
      process.execPath,
      ["--import", "tsx", path.join(root, "lib/content/essay-job-runner.ts")],
      { cwd: root, env: process.env, stdio: ["ignore", "inherit", "inherit", "ipc"] },
    );
    try {
      const stored = await waitForJob(jobId);
      const job = await db.essayJob.findUniqueOrThrow({ where: { id: jobId } });
      expect(job.runnerId).toContain(`:${other.pid}:`);
      expect(job).toMatchObject({ state: "done", slug: stored.slug, input: "" });
      const essay = await db.essay.findUniqueOrThrow({
        where: { slug: stored.slug },
        include: { _count: { select: { items: true } } },
      });
      expect(essay).toMatchObject({ title: "Another instance", ownerId: owner.id });
      expect(essay._count.items).toBe(stored.itemCount);
      expect(stored.itemCount).toBeGreaterThan(0);
    } finally {
      other.kill("SIGKILL");
    }
  }, 60_000);

  it("lets a runner whose instance went away store the essay in hand before it exits", async () => {
    const owner = await teacher("leaving");
    const jobId = await queueEssayJob(owner.id, fields(owner, "Finished anyway", longProse(40)));
    const runner = spawn(
      process.execPath,
      ["--import", "tsx", path.join(root, "lib/content/essay-job-runner.ts")],
      { cwd: root, env: process.env, stdio: ["ignore", "inherit", "inherit", "ipc"] },
    );
    const exited = new Promise((resolve) => runner.once("exit", resolve));
    try {
      for (;;) {
        const job = await db.essayJob.findUniqueOrThrow({ where: { id: jobId } });
        if (job.state === "running") break;
        expect(job.state).toBe("queued");
        await sleep(5);
      }
      runner.disconnect();
      const stored = await waitForJob(jobId);
      expect(await db.item.count({ where: { essay: { slug: stored.slug } } })).toBe(
        stored.itemCount,
      );
      expect(await exited).toBe(0);
    } finally {
      runner.kill("SIGKILL");
    }
  }, 60_000);

  it("ends an idle runner whose instance died without a word: no runner outlives its server", async () => {
    // The shell starts the runner as the host does (naming itself its parent), and exits while
    // the runner may still be loading: the runner is re-parented, with no channel to close and
    // no "disconnect" to hear.
    const shell = spawn(
      "/bin/sh",
      [
        "-c",
        `ESSAY_RUNNER_PARENT=$$ "${process.execPath}" --import tsx "${path.join(root, "lib/content/essay-job-runner.ts")}" >/dev/null 2>&1 & echo $!; sleep 1`,
      ],
      { cwd: root, env: process.env, stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    shell.stdout!.on("data", (d: Buffer) => (out += d.toString()));
    await new Promise((resolve) => shell.once("exit", resolve));
    const pid = Number(out.trim());
    expect(pid).toBeGreaterThan(0);
    const alive = () => {
      try {
        // A zombie waiting for its new parent to reap it has exited too.
        return !/\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
      } catch {
        return false;
      }
    };
    try {
      const deadline = Date.now() + 45_000;
      while (alive() && Date.now() < deadline) await sleep(100);
      expect(alive()).toBe(false);
    } finally {
      if (alive()) process.kill(pid, "SIGKILL");
    }
  }, 60_000);

  it("fails a job whose runner dies part-way: the page is told, nothing is left stored", async () => {
    const owner = await teacher("crash");
    const before = await db.essay.count();
    const upload = createEssay(owner, {
      title: "Crashing essay",
      text: longProse(150),
      uploadId: "crash-upload-1",
    });
    const outcome = upload.then(
      () => null,
      (err: unknown) => err,
    );
    // Stop the runner (as the kernel's OOM killer would) once it has stored some items.
    for (;;) {
      const row = await db.essayUpload.findFirst({ where: { clientKey: "crash-upload-1" } });
      if (row?.stage === "storing" && row.itemsStored > 0) break;
      expect(row?.stage ?? "queued").not.toMatch(/done|failed/);
      await sleep(5);
    }
    process.kill(runnerPid()!, "SIGKILL");
    const err = await outcome;
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: "internal", message: LOST_MESSAGE });
    const progress = await db.essayUpload.findFirstOrThrow({
      where: { clientKey: "crash-upload-1" },
    });
    expect(progress).toMatchObject({ stage: "failed", error: LOST_MESSAGE });
    expect(await db.essay.count()).toBe(before);
    expect(await db.essay.count({ where: { title: "Crashing essay" } })).toBe(0);
    // A fresh runner takes the next upload.
    const next = await createEssay(owner, { title: "After the crash", text: river });
    expect(next.itemCount).toBeGreaterThan(0);
  }, 120_000);

  it("runs the runner at the lowest priority (nice 19, SCHED_IDLE, idle I/O), in a group of its own", async () => {
    // As the host starts it with the default ESSAY_RUNNER_NICE (19).
    const env = { ...process.env, ESSAY_RUNNER_NICE: undefined };
    const [command, args] = runnerCommand(19);
    const runner = spawn(command, args, {
      cwd: root,
      env,
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      detached: true,
    });
    try {
      await new Promise((resolve) => runner.once("spawn", resolve));
      const stat = (field: number) => {
        const text = fs.readFileSync(`/proc/${runner.pid}/stat`, "utf8");
        return Number(text.slice(text.lastIndexOf(")") + 2).split(" ")[field - 3]);
      };
      // The runner lowers its nice value as it starts (field 19 of /proc/PID/stat).
      for (let i = 0; i < 200 && stat(19) !== 19; i++) await sleep(50);
      expect(stat(19)).toBe(19);
      // Field 41, the scheduling policy: 5 is SCHED_IDLE (where chrt exists to choose it).
      if (fs.existsSync("/usr/bin/chrt")) expect(stat(41)).toBe(5);
      // Its disk work in the idle I/O class (where ionice exists to choose it).
      if (fs.existsSync("/usr/bin/ionice"))
        expect(
          execFileSync("/usr/bin/ionice", ["-p", String(runner.pid)], { encoding: "utf8" }),
        ).toMatch(/^idle/);
      if (fs.existsSync(`/proc/${runner.pid}/autogroup`))
        expect(fs.readFileSync(`/proc/${runner.pid}/autogroup`, "utf8")).toMatch(/ nice 19$/m);
    } finally {
      runner.kill("SIGKILL");
    }
  }, 30_000);

  it("fails a running job whose instance stopped renewing it, and its waiting request", async () => {
    const owner = await teacher("stale");
    const jobId = await queueEssayJob(owner.id, fields(owner, "Stale"));
    const gone = new Date(Date.now() - STALE_JOB_MS - 1000);
    await db.essayJob.update({
      where: { id: jobId },
      data: { state: "running", runnerId: "gone", claimedAt: gone, heartbeatAt: gone },
    });
    expect(await failStaleJobs()).toBe(1);
    await expect(waitForJob(jobId)).rejects.toMatchObject({
      code: "internal",
      message: LOST_MESSAGE,
    });
  });
});
