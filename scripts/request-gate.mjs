// What the server answers before Next.js sees a request: things Next itself would answer with a
// plain-text 500 (a method undici refuses to build a Request for, a path whose percent-encoding does
// not decode), and the client's address as the socket saw it.

export const ALLOWED_METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"];

/**
 * The client's address goes into X-Forwarded-For, so the app reads one header whether or not a proxy
 * stands in front. Without TRUSTED_PROXY_HOPS the client's own X-Forwarded-For is thrown away (a
 * client can write anything there); with it, the socket address is appended, as a proxy would, and
 * the app counts back that many hops from the right.
 */
export function setClientAddress(req, trustedHops) {
  const peer = req.socket?.remoteAddress ?? "unknown";
  const sent = trustedHops > 0 ? [req.headers["x-forwarded-for"] ?? []].flat().join(", ") : "";
  req.headers["x-forwarded-for"] = sent ? `${sent}, ${peer}` : peer;
}

/** True when the path's percent-encoding decodes (Next answers a plain 500 when it does not). */
export function decodablePath(rawUrl) {
  const path = (rawUrl ?? "/").split("?")[0];
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

function send(res, status, code, message, headers = {}) {
  const body = JSON.stringify({ error: { code, message } });
  res.writeHead(status, {
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    ...headers,
  });
  res.end(body);
}

/** A page for a person who followed a broken link: what went wrong and a way on. */
function sendPage(res, status, message) {
  const body = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Bad address · Claimdeck</title><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5"><h1>This address is broken</h1><p>${message}</p><p><a href="/">Go to Claimdeck's home page</a></p></body></html>`;
  res.writeHead(status, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    "X-Content-Type-Options": "nosniff",
  });
  res.end(body);
}

/** Answers the request itself when it must not reach Next.js; returns whether it did. */
export function gate(req, res) {
  if (!ALLOWED_METHODS.includes(req.method ?? "")) {
    send(res, 405, "method_not_allowed", `Claimdeck does not answer ${req.method} requests.`, {
      Allow: ALLOWED_METHODS.join(", "),
    });
    return true;
  }
  if (!decodablePath(req.url)) {
    const message =
      "The address holds a broken percent-encoding (like %ff or a lone %). Check the link.";
    if ((req.url ?? "").startsWith("/api/")) send(res, 400, "bad_request", message);
    else sendPage(res, 400, message);
    return true;
  }
  return false;
}
