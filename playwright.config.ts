import { defineConfig, devices } from "@playwright/test";

// One port, chosen here and handed to workers through the environment, so next-auth's redirects and
// the tests agree on the origin.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
process.env.E2E_BASE_URL = baseURL;
// Against PostgreSQL a second app instance shares the database: specs that check statelessness use it.
const multiInstance = !!process.env.E2E_POSTGRES_URL;
const secondURL = `http://localhost:${port + 1}`;
if (multiInstance) process.env.E2E_SECOND_URL = secondURL;

const server = (p: number, extra: Record<string, string> = {}) => ({
  command: "node scripts/e2e-server.mjs",
  url: `http://localhost:${p}/api/openapi.json`,
  timeout: 400_000,
  reuseExistingServer: false,
  stdout: "pipe" as const,
  stderr: "pipe" as const,
  env: {
    PORT: String(p),
    E2E_DB_PORT: String(port),
    NEXTAUTH_URL: `http://localhost:${p}`,
    ...extra,
  },
});

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ["list"],
    ["json", { outputFile: process.env.PLAYWRIGHT_JSON ?? "test-results/playwright.json" }],
  ],
  outputDir: `test-results/playwright-${port}`,
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: multiInstance
    ? [server(port), server(port + 1, { E2E_SECONDARY: "1" })]
    : [server(port)],
});
