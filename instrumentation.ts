/**
 * Runs once when a server instance starts: its essay job runner starts loading now, so the first
 * upload neither waits for it nor has other users' requests compete with its start-up (loading the
 * generator and its word lists is the heaviest moment of a runner's life).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build")
    return;
  const { startRunner } = await import("@/lib/content/essay-job-host");
  startRunner();
}
