/**
 * This instance's job runner (essay-job-runner.ts): started with the server (or with the first
 * essay queued here, where nothing started it), watched while it runs a job (heartbeat, time
 * limit), and restarted when it dies. A runner that dies or overruns fails its job with a message
 * the upload page shows; it never leaves it hanging.
 */
import fs from "node:fs";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { EventEmitter } from "node:events";
import { env } from "@/lib/env";
import { beat, endJob, HEARTBEAT_MS, LOST_MESSAGE, waitForJob } from "./essay-jobs";
import type { StoredEssay } from "./store-new-essay";

/** CPU time one essay may take in the runner before it is stopped (and the runner restarted). */
export const JOB_CPU_LIMIT_MS = 120_000;
/**
 * Wall-clock limit, beyond the CPU limit: the runner yields the CPU to every request, so on a busy
 * machine an essay takes longer than its CPU time; this ends a job that still never finishes (and
 * is the only limit where a process's CPU time cannot be read).
 */
export const JOB_TIMEOUT_MS = 15 * 60_000;
const RUNNER_HEAP_MB = 768;
const TOO_LONG = "This took too long to process. Split it into shorter essays.";

// The runner runs from source through tsx (installed with the app; `npm start` installs it). The
// working directory is the app's root for `npm start`, the e2e and bench servers, and Vitest.
const runnerPath = () => path.join(process.cwd(), "lib", "content", "essay-job-runner.ts");

/** util-linux's chrt and ionice, where there are (Linux). */
const CHRT = ["/usr/bin/chrt", "/bin/chrt"].find((f) => fs.existsSync(f));
const IONICE = ["/usr/bin/ionice", "/bin/ionice"].find((f) => fs.existsSync(f));

/**
 * The command that starts a runner. At the lowest priority (nice 19) it also goes into Linux's
 * SCHED_IDLE class (through chrt; any user may choose it): nice alone lowers the runner's share of
 * the CPU, but a request thread that wakes on the runner's core still waits for the runner's time
 * slice to end, and SCHED_IDLE is the class that every other thread preempts at once. Its disk
 * work goes in the idle I/O class (ionice -c 3) for the same reason.
 */
export function runnerCommand(nice: number): [string, string[]] {
  const node = [
    process.execPath,
    "--import",
    "tsx",
    `--max-old-space-size=${RUNNER_HEAP_MB}`,
    runnerPath(),
  ];
  if (nice !== 19 || !CHRT) return [node[0]!, node.slice(1)];
  // The runner's writes (a batch of items, a WAL checkpoint) are disk work the kernel does at
  // the writer's I/O priority: the idle class lets every request's disk work go first too.
  if (IONICE) return [IONICE, ["-c", "3", CHRT, "--idle", "0", ...node]];
  return [CHRT, ["--idle", "0", ...node]];
}

type Running = { jobId: string; timer: NodeJS.Timeout; heartbeat: NodeJS.Timeout };

/** A process's CPU time in ms from /proc (Linux; clock ticks are 1/100 s there), else null. */
function cpuMs(pid: number | undefined): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return null;
  }
}

const NO_START =
  "Essays cannot be processed right now: the job runner did not start (the server's log says why). Try again later.";

class RunnerHost {
  private child: ChildProcess | null = null;
  private ready = false;
  private running: Running | null = null;
  /** Jobs whose requests wait on this instance. */
  readonly waiting = new Set<string>();
  /** Emits a job's id when this instance's runner ends it, to wake the request waiting for it. */
  readonly ended = new EventEmitter().setMaxListeners(0);

  /** Starts the runner if it is not running, and tells it there is work. */
  poke() {
    const child = (this.child ??= this.spawn());
    if (child.connected) child.send("poke");
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  private spawn(): ChildProcess {
    this.ready = false;
    const [command, args] = runnerCommand(env().ESSAY_RUNNER_NICE);
    const child = spawn(command, args, {
      cwd: process.cwd(),
      env: { ...process.env, ESSAY_RUNNER_PARENT: String(process.pid) },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
        // A session of its own, so the runner can lower its scheduling group's priority without
        // lowering the server's (see essay-job-runner.ts).
        detached: true,
      });
    child.on("message", (m: { type: string; jobId: string }) => {
      if (m.type === "ready") this.ready = true;
      if (m.type === "start") this.started(child, m.jobId);
      if (m.type === "end") this.finished(m.jobId);
    });
    child.on("exit", () => void this.exited(child));
    child.on("error", () => void this.exited(child));
    // An idle runner must not keep a test run or a script alive.
    child.unref();
    (child.channel as { unref?: () => void } | undefined)?.unref?.();
    return child;
  }

  private started(child: ChildProcess, jobId: string) {
    const cpuAtStart = cpuMs(child.pid);
    const stop = () =>
      // Fail first: the runner's own "done" after this must lose (it then removes its essay).
      void endJob(jobId, { code: "too_large", message: TOO_LONG })
        .finally(() => child.kill("SIGKILL"))
        .catch(() => {});
    this.running = {
      jobId,
      heartbeat: setInterval(() => {
        void beat(jobId).catch(() => {});
        const cpu = cpuMs(child.pid);
        if (cpu !== null && cpuAtStart !== null && cpu - cpuAtStart > JOB_CPU_LIMIT_MS) stop();
      }, HEARTBEAT_MS).unref(),
      timer: setTimeout(stop, JOB_TIMEOUT_MS).unref(),
    };
  }

  private finished(jobId: string, announce = true) {
    if (this.running?.jobId === jobId) {
      clearTimeout(this.running.timer);
      clearInterval(this.running.heartbeat);
      this.running = null;
    }
    if (announce) this.ended.emit(jobId);
  }

  private async exited(child: ChildProcess) {
    if (this.child !== child) return;
    this.child = null;
    const job = this.running;
    if (job) {
      this.finished(job.jobId, false);
      await endJob(job.jobId, { code: "internal", message: LOST_MESSAGE }).catch(() => {});
      this.ended.emit(job.jobId);
    }
    if (!this.ready) {
      // It died starting (tsx missing, a broken build…): starting it again would fail the same
      // way, so the requests waiting here are answered instead of left hanging.
      for (const id of this.waiting)
        if (await endJob(id, { code: "internal", message: NO_START }, ["queued"]).catch(() => false))
          this.ended.emit(id);
      return;
    }
    // Requests here may still wait for queued jobs: a fresh runner takes them.
    if (this.waiting.size > 0) setTimeout(() => this.poke(), 500).unref();
  }
}

const globalForHost = globalThis as unknown as { claimdeckRunnerHost?: RunnerHost };
const host = (globalForHost.claimdeckRunnerHost ??= new RunnerHost());

/** Starts this instance's runner (instrumentation.ts calls it when the server starts). */
export function startRunner() {
  host.poke();
}

/** The runner process's id on this instance, if it is running (tests stop it to see a crash). */
export const runnerPid = () => host.pid;

/**
 * Hands a queued job to the runners (this instance's is started if need be) and waits until it has
 * ended, on whichever instance's runner took it.
 */
export async function runQueuedJob(jobId: string): Promise<StoredEssay> {
  host.waiting.add(jobId);
  try {
    host.poke();
    return await waitForJob(jobId, (id, ms) => wakeOrSleep(id, ms));
  } finally {
    host.waiting.delete(jobId);
  }
}

function wakeOrSleep(id: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      host.ended.off(id, done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    host.ended.on(id, done);
  });
}
