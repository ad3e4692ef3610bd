// `npm test`: install what is missing, then type check, lint, format check, unit tests (Vitest) and
// end-to-end tests (Playwright on Debian's Chromium against a production build). Stops at the first
// failing stage and ends with one summary line.
import fs from "node:fs";
import { bin, ensureClient, ensureInstalled, log, run } from "./lib.mjs";
import { DEFAULT_PORT, postgresBin, startCluster, stopCluster } from "./postgres-cluster.mjs";

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

/** PostgreSQL for the second pass; installed with apt when missing and we are root. */
function ensurePostgres() {
  if (process.env.TEST_POSTGRES === "0") return false;
  if (postgresBin()) return true;
  if (process.getuid?.() !== 0) {
    console.warn(
      "PostgreSQL is not installed: skipping the PostgreSQL pass (apt-get install postgresql).",
    );
    return false;
  }
  log("Installing Debian's PostgreSQL for the PostgreSQL pass…");
  run("apt-get", ["update", "-qq"]);
  run("apt-get", ["install", "-y", "-qq", "postgresql"], {
    env: { DEBIAN_FRONTEND: "noninteractive" },
  });
  return true;
}

function readCounts(file, pick) {
  try {
    return pick(JSON.parse(fs.readFileSync(file, "utf8")));
  } catch {
    return { passed: 0, failed: 0, skipped: 0 };
  }
}

let failed = false;
for (const f of ["vitest.json", "playwright.json", "vitest-pg.json", "playwright-pg.json"]) {
  fs.rmSync(`test-results/${f}`, { force: true });
}
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
  log("End-to-end tests (Playwright, SQLite)");
  run(bin("playwright"), ["test"]);
  if (ensurePostgres()) {
    const pgPort = Number(process.env.TEST_POSTGRES_PORT ?? DEFAULT_PORT);
    const url = startCluster(pgPort);
    try {
      log(`Unit and integration tests against PostgreSQL (${url})`);
      run(bin("vitest"), ["run", "--outputFile.json=test-results/vitest-pg.json"], {
        env: { TEST_POSTGRES_URL: url },
      });
      log("End-to-end tests (Playwright, PostgreSQL, two app instances)");
      run(bin("playwright"), ["test"], {
        env: { E2E_POSTGRES_URL: url, PLAYWRIGHT_JSON: "test-results/playwright-pg.json" },
      });
    } finally {
      stopCluster(pgPort);
    }
  }
} catch (err) {
  console.error(`\n✖ ${err.message}`);
  failed = true;
}

const vitestCounts = (j) => ({
  passed: j.numPassedTests ?? 0,
  failed: j.numFailedTests ?? 0,
  skipped: (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0),
});
const playwrightCounts = (j) => ({
  passed: (j.stats?.expected ?? 0) + (j.stats?.flaky ?? 0),
  failed: j.stats?.unexpected ?? 0,
  skipped: j.stats?.skipped ?? 0,
});
const runs = {
  "unit (SQLite)": readCounts("test-results/vitest.json", vitestCounts),
  "e2e (SQLite)": readCounts("test-results/playwright.json", playwrightCounts),
  "unit (PostgreSQL)": readCounts("test-results/vitest-pg.json", vitestCounts),
  "e2e (PostgreSQL)": readCounts("test-results/playwright-pg.json", playwrightCounts),
};
const total = { passed: 0, failed: 0, skipped: 0 };
for (const [name, c] of Object.entries(runs)) {
  console.log(`${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
  for (const k of Object.keys(total)) total[k] += c[k];
}
if (failed && total.failed === 0) total.failed = 1;
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failed ? 1 : 0);
