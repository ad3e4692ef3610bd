/**
 * Where to go after signing in or out: only this site. A value that is not a plain same-site path or
 * an absolute URL of this origin — `javascript:`, another host, `//evil` or `/\evil` (browsers read
 * both as another host), control characters, or something that does not parse — falls back to home.
 */
export function safeRedirect(url: string, baseUrl: string): string {
  const base = new URL(baseUrl);
  const path = safePath(url, "");
  if (path) return `${base.origin}${path}`;
  if (/[\u0000-\u0020\\]/.test(url)) return base.origin;
  try {
    const target = new URL(url);
    return target.origin === base.origin ? target.href : base.origin;
  } catch {
    return base.origin;
  }
}

/** A same-site path ("/essays/x?y"), or the fallback for anything else. */
export function safePath(value: string | null | undefined, fallback = "/"): string {
  if (!value || !value.startsWith("/")) return fallback;
  if (value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001F\u007F\\]/.test(value)) return fallback;
  return value;
}

/** next-auth's own test for a callback URL (it throws on anything else): http(s), absolute or a path. */
export function isHttpCallback(value: string, baseUrl: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? baseUrl : undefined).protocol);
  } catch {
    return false;
  }
}
