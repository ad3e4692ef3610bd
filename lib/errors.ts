import { NextResponse } from "next/server";
import { ZodError } from "zod";

/** Every error the API can answer with, and its HTTP status (the contract's list). */
const STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  invalid: 422,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof STATUS;

const DEFAULT_MESSAGE: Record<ErrorCode, string> = {
  bad_request:
    "The request could not be read. Send a JSON body that matches the API documentation.",
  unauthorized: "You are not signed in. Sign in and try again.",
  forbidden: "Your account is not allowed to do this.",
  not_found: "Nothing was found here. Check the address or the id.",
  method_not_allowed: "This address does not answer to this HTTP method.",
  conflict: "This conflicts with something that already exists.",
  too_large: "The request is too large.",
  unsupported_media_type: "Send the body as JSON with the header Content-Type: application/json.",
  invalid: "Some values are not valid.",
  rate_limited: "Too many attempts. Wait a moment and try again.",
  internal: "Something went wrong on our side. Try again; if it keeps happening, tell us.",
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly details?: unknown;

  constructor(
    code: ErrorCode,
    message?: string,
    options?: { headers?: Record<string, string>; details?: unknown },
  ) {
    super(message ?? DEFAULT_MESSAGE[code]);
    this.name = "AppError";
    this.code = code;
    this.status = STATUS[code];
    this.headers = options?.headers ?? {};
    this.details = options?.details;
  }
}

export interface ErrorBody {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

/** A readable sentence from zod's issues: "email: Invalid email address; password: Too small". */
function describeZod(error: ZodError): {
  message: string;
  issues: { path: string; message: string }[];
} {
  const issues = error.issues.map((i) => ({
    path: i.path.map(String).join(".") || "(body)",
    message: i.message,
  }));
  const message = issues
    .slice(0, 5)
    .map((i) => `${i.path}: ${i.message}`)
    .join("; ");
  return { message: `Invalid input — ${message}.`, issues };
}

/** Maps anything thrown in a route handler to the contract's error shape. Unknown errors are 500s, logged. */
export function errorResponse(err: unknown): NextResponse<ErrorBody> {
  if (err instanceof AppError) {
    return NextResponse.json(
      { error: { code: err.code, message: err.message } },
      { status: err.status, headers: err.headers },
    );
  }
  if (err instanceof ZodError) {
    const { message, issues } = describeZod(err);
    return NextResponse.json({ error: { code: "invalid", message, issues } }, { status: 422 });
  }
  console.error(err);
  return NextResponse.json(
    { error: { code: "internal", message: DEFAULT_MESSAGE.internal } },
    { status: 500 },
  );
}
