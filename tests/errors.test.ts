import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError, errorResponse } from "@/lib/errors";

describe("errorResponse", () => {
  it("gives an AppError its status, code, message and headers", async () => {
    const res = errorResponse(
      new AppError("rate_limited", "Wait 30 seconds.", { headers: { "Retry-After": "30" } }),
    );
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("30");
    expect(await res.json()).toEqual({
      error: { code: "rate_limited", message: "Wait 30 seconds." },
    });
  });

  it("uses a sentence a person can act on when no message is given", async () => {
    const res = errorResponse(new AppError("unauthorized"));
    expect(res.status).toBe(401);
    expect((await res.json()).error.message).toMatch(/sign in/i);
  });

  it("turns a zod failure into a 422 naming each bad field", async () => {
    const parsed = z
      .object({ email: z.string().email(), age: z.number() })
      .safeParse({ email: "x", age: "1" });
    const res = errorResponse(parsed.error);
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe("invalid");
    expect(body.error.message).toContain("email");
    expect(body.error.message).toContain("age");
    expect(body.error.issues.map((i: { path: string }) => i.path)).toEqual(["email", "age"]);
  });

  it("hides the details of an unexpected error behind a 500", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = errorResponse(new Error("SQLITE_CORRUPT at /secret/path"));
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body.error.code).toBe("internal");
    expect(JSON.stringify(body)).not.toContain("secret");
    spy.mockRestore();
  });
});
