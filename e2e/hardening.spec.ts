import { test, expect, type APIRequestContext } from "@playwright/test";
import { createUser, signInApi, signedInPage, uniqueUser } from "./fixtures/users";

/** What a hostile client found against the production build (issue 9), checked against it. */

const ESSAY = `The river ferry crossed four times a day before the bridge opened in spring. Its captain kept a log of every crossing in a green notebook. Farmers used the ferry to carry grain to the market town on the eastern bank.

When the bridge opened, the ferry company sold its boat to a museum. The museum restored the engine and painted the hull in its original colours. Visitors can now sit on the deck and read the captain's notebook behind glass.`;

async function failSignIns(request: APIRequestContext, email: string, times: number) {
  for (let i = 0; i < times; i++) {
    const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const res = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken: csrf.csrfToken, email, password: "wrong-password", json: "true" },
      maxRedirects: 0,
    });
    expect(res.status()).not.toBe(500);
  }
}

test.describe("sign-in limit, as a person meets it", () => {
  test("the sign-in form says how long to wait, not that the server is unreachable", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const api = await playwright.request.newContext({ baseURL });
    const user = await createUser(api, "student");
    await failSignIns(api, user.email, 10);
    await api.dispose();
    await page.goto("/signin");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Too many" })).toHaveText(
      /^Too many attempts\. Try again in \d+ minutes?\.$/,
    );
    await expect(page.getByText(/could not be reached/)).toHaveCount(0);
    await page.screenshot({ path: "test-results/signin-limited.png" });
  });

  test("sign-up under the limit says the account exists and how long to wait", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const u = uniqueUser("teacher");
    const api = await playwright.request.newContext({ baseURL });
    // Someone guessed at this address before its owner signed up.
    await failSignIns(api, u.email, 10);
    await api.dispose();
    await page.goto("/signup");
    await page.getByLabel("Name").fill(u.name);
    await page.getByLabel("Email").fill(u.email);
    await page.getByLabel("Password").fill(u.password);
    await page.getByLabel("Teacher").check();
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("status")).toContainText("Your account is ready");
    await expect(page.getByRole("status")).toContainText(/Try again in \d+ minutes?/);
    await expect(page.getByRole("link", { name: "Go to sign in" })).toBeVisible();
    await expect(page.getByText(/could not be reached|Sign-up failed/)).toHaveCount(0);
    await page.screenshot({ path: "test-results/signup-limited.png" });
  });
});

test.describe("sessions end at sign-out", () => {
  test("a session cookie copied before sign-out no longer works after it", async ({
    page,
    context,
    playwright,
    baseURL,
  }) => {
    const user = await signedInPage(page, "student");
    await page.goto("/");
    const cookies = await context.cookies();
    const copy = await playwright.request.newContext({
      baseURL,
      storageState: { cookies, origins: [] },
    });
    expect((await copy.get("/api/me")).status()).toBe(200);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);
    const after = await copy.get("/api/me");
    expect(after.status()).toBe(401);
    expect((await copy.get("/api/auth/session")).status()).toBe(200);
    expect(await (await copy.get("/api/auth/session")).json()).toEqual({});
    // Signing in again works as before.
    await signInApi(page.request, user);
    await copy.dispose();
  });

  test("API answers are never cached", async ({ page }) => {
    await signedInPage(page, "student");
    const me = await page.request.get("/api/me");
    expect(me.headers()["cache-control"]).toBe("no-store");
  });

  test("on the other instance too", async ({ page, context, playwright }) => {
    const second = process.env.E2E_SECOND_URL;
    test.skip(!second, "needs E2E_POSTGRES_URL (two instances share PostgreSQL)");
    await signedInPage(page, "student");
    await page.goto("/");
    const there = await playwright.request.newContext({
      baseURL: second,
      storageState: { cookies: await context.cookies(), origins: [] },
    });
    expect((await there.get("/api/me")).status()).toBe(200);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);
    expect((await there.get("/api/me")).status()).toBe(401);
    await there.dispose();
  });
});

test.describe("writes from another origin", () => {
  test("are refused with 403, and non-JSON bodies with 415, while scripts keep working", async ({
    page,
    baseURL,
  }) => {
    await signedInPage(page, "teacher");
    const klass = await page.request.post("/api/classes", { data: { name: "Origin class" } });
    expect(klass.status()).toBe(201);
    const { id, joinCode } = (await klass.json()) as { id: string; joinCode: string };
    const rotate = (headers: Record<string, string>) =>
      page.request.post(`/api/classes/${id}/join-code`, { headers });
    for (const origin of ["https://evil.example", "http://localhost:1", "null"]) {
      const res = await rotate({ origin });
      expect(res.status(), origin).toBe(403);
      expect((await res.json()).error.code).toBe("forbidden");
    }
    expect((await rotate({ "sec-fetch-site": "cross-site" })).status()).toBe(403);
    const form = await page.request.post("/api/classes", {
      headers: { "content-type": "text/plain" },
      data: JSON.stringify({ name: "Form-borne class" }),
    });
    expect(form.status()).toBe(415);
    expect((await form.json()).error.code).toBe("unsupported_media_type");
    const classes = (await (await page.request.get("/api/classes")).json()) as {
      classes: { name: string; joinCode: string }[];
    };
    expect(classes.classes.map((c) => c.name)).not.toContain("Form-borne class");
    expect(classes.classes.find((c) => c.name === "Origin class")?.joinCode).toBe(joinCode);
    // The app's own origin, and a script sending neither header, still change things.
    expect((await rotate({ origin: new URL(baseURL!).origin })).status()).toBe(200);
    expect((await rotate({})).status()).toBe(200);
  });
});

test.describe("answers that used to be 500s", () => {
  test("broken percent-encoding in an id: 400 for the API and the pages", async ({ request }) => {
    for (const bad of ["%ff%fe", "%", "%c0%ae"]) {
      for (const path of [
        `/api/essays/${bad}`,
        `/api/essays/${bad}/items`,
        `/api/classes/${bad}`,
        `/api/items/${bad}`,
        `/api/quizzes/${bad}`,
        `/api/sets/${bad}`,
      ]) {
        const res = await request.get(path);
        expect(res.status(), path).toBe(400);
        expect((await res.json()).error.code, path).toBe("bad_request");
      }
      for (const path of [`/essays/${bad}`, `/quizzes/${bad}`, `/sets/${bad}`, `/classes/${bad}`]) {
        const res = await request.get(path);
        expect(res.status(), path).toBe(400);
        expect(await res.text()).toContain("This address is broken");
      }
    }
  });

  test("TRACE and other unsupported methods: 405 with Allow", async ({ request }) => {
    for (const method of ["TRACE", "PROPFIND"]) {
      for (const path of ["/api/me", "/", "/api/essays"]) {
        const res = await request.fetch(path, { method });
        expect(res.status(), `${method} ${path}`).toBe(405);
        expect(res.headers()["allow"]).toContain("GET");
      }
    }
  });

  test("hostile callbackUrl values on next-auth's routes: never 500, never off-site", async ({
    request,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    const hostile = [
      "javascript:alert(1)",
      "http://[::1",
      "\t//evil.example",
      "https://evil.example/x",
    ];
    for (const value of hostile) {
      const q = `callbackUrl=${encodeURIComponent(value)}`;
      for (const action of [
        "signin",
        "session",
        "csrf",
        "providers",
        "signout",
        "callback/credentials",
      ]) {
        for (const headers of [
          {},
          { cookie: `next-auth.callback-url=${encodeURIComponent(value)}` },
        ] as Record<string, string>[]) {
          const res = await request.get(`/api/auth/${action}?${q}`, { headers, maxRedirects: 0 });
          expect(res.status(), `${action} ${JSON.stringify(value)}`).toBeLessThan(500);
          const location = res.headers()["location"];
          if (location) expect(new URL(location, origin).origin).toBe(origin);
        }
      }
      const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
      const out = await request.post("/api/auth/signout", {
        form: { csrfToken: csrf.csrfToken, callbackUrl: value, json: "true" },
      });
      expect(out.status()).toBeLessThan(500);
      const url = ((await out.json()) as { url: string }).url;
      expect(new URL(url, origin).origin).toBe(origin);
    }
  });
});

test.describe("essays are private to their teacher", () => {
  test("another teacher and a student get 404 until the owner shares it to the library", async ({
    page,
    playwright,
    baseURL,
  }) => {
    await signedInPage(page, "teacher", "Owner Teacher");
    const created = await page.request.post("/api/essays", {
      data: { title: "Ferry crossing", text: ESSAY },
    });
    expect(created.status()).toBe(201);
    const { slug } = (await created.json()) as { slug: string };

    const other = await playwright.request.newContext({ baseURL });
    await signInApi(other, await createUser(other, "teacher"));
    const student = await playwright.request.newContext({ baseURL });
    await signInApi(student, await createUser(student, "student"));
    for (const who of [other, student]) {
      expect((await who.get(`/api/essays/${slug}`)).status()).toBe(404);
      expect((await who.get(`/api/essays/${slug}/items`)).status()).toBe(404);
      expect((await who.get(`/essays/${slug}`)).status()).toBe(404);
      const list = (await (await who.get("/api/essays")).json()) as { essays: { slug: string }[] };
      expect(list.essays.map((e) => e.slug)).not.toContain(slug);
    }

    await page.goto("/essays");
    const row = page.getByRole("listitem").filter({ hasText: "Ferry crossing" });
    await expect(row.getByText("Private", { exact: true })).toBeVisible();
    await page.goto(`/essays/${slug}`);
    await expect(page.getByText(/Private: only you/)).toBeVisible();
    await page.getByRole("button", { name: "Share to the library" }).click();
    await expect(page.getByText(/Shared to the library/)).toBeVisible();
    await page.screenshot({ path: "test-results/essay-shared.png", fullPage: false });
    for (const who of [other, student])
      expect((await who.get(`/api/essays/${slug}`)).status()).toBe(200);

    await page.getByRole("button", { name: "Make private" }).click();
    await expect(page.getByText(/Private: only you/)).toBeVisible();
    expect((await student.get(`/api/essays/${slug}`)).status()).toBe(404);
    await other.dispose();
    await student.dispose();
  });
});
