// `npm test`: install what is missing, then type check, lint, format check, unit tests (Vitest) and
// end-to-end tests (Playwright on Debian's Chromium against a production build). Stops at the first
// failing stage and ends with one summary line.
import fs from "node:fs";
import { bin, ensureClient, ensureInstalled, log, run } from "./lib.mjs";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}. Install it: sudo apt-get install -y chromium`,
    );
  }
  log("Installing Debian's Chromium for the end-to-end tests…");
  run("apt-get", ["update", "-qq"]);
  run("apt-get", ["install", "-y", "-qq", "chromium"], {
    env: { DEBIAN_FRONTEND: "noninteractive" },
  });
}

function readCounts(file, pick) {
  try {
    return pick(JSON.parse(fs.readFileSync(file, "utf8")));
  } catch {
    return { passed: 0, failed: 0, skipped: 0 };
  }
}

let failed = false;
try {
  ensureInstalled();
  ensureClient();
  ensureChromium();
  log("Type check");
  run(bin("tsc"), ["--noEmit"]);
  log("Lint");
  run(bin("eslint"), [".", "--max-warnings=0"]);
  log("Format check");
  run(bin("prettier"), ["--check", "."]);
  log("Unit tests (Vitest)");
  run(bin("vitest"), ["run"]);
  log("End-to-end tests (Playwright)");
  run(bin("playwright"), ["test"]);
} catch (err) {
  console.error(`\n✖ ${err.message}`);
  failed = true;
}

const unit = readCounts("test-results/vitest.json", (j) => ({
  passed: j.numPassedTests ?? 0,
  failed: j.numFailedTests ?? 0,
  skipped: (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0),
}));
const e2e = readCounts("test-results/playwright.json", (j) => ({
  passed: (j.stats?.expected ?? 0) + (j.stats?.flaky ?? 0),
  failed: j.stats?.unexpected ?? 0,
  skipped: j.stats?.skipped ?? 0,
}));
const passed = unit.passed + e2e.passed;
const failures = unit.failed + e2e.failed + (failed && unit.failed + e2e.failed === 0 ? 1 : 0);
console.log(
  `\nunit: ${unit.passed} passed, ${unit.failed} failed · e2e: ${e2e.passed} passed, ${e2e.failed} failed`,
);
console.log(`${passed} passed, ${failures} failed, ${unit.skipped + e2e.skipped} skipped`);
process.exit(failed ? 1 : 0);
