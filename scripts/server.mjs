// Serves the production build (`next build`) on PORT, through request-gate.mjs: Next's own
// `next start` cannot see the socket address in a route handler, and answers a TRACE or a broken
// percent-encoding with a 500.
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { gate, setClientAddress } from "./request-gate.mjs";

const port = Number(process.env.PORT || 3000);
const hops = Number(process.env.TRUSTED_PROXY_HOPS || 0);
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const app = next({ dev: false, dir, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((req, res) => {
  if (gate(req, res)) return;
  setClientAddress(req, hops);
  handle(req, res);
});
// Node closes an idle keep-alive connection after 5 s; a client (a browser, a proxy, a test's
// request context) that reuses it at that moment gets ECONNRESET on a request the server never
// saw. Idle connections are kept longer than clients and proxies usually keep theirs (60 s).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, () => console.log(`▲ Claimdeck ready on http://localhost:${port}`));

// Exit through process.exit on a stop signal so exit hooks run (a --cpu-prof profile is written
// then; the default signal death skips it).
for (const signal of ["SIGTERM", "SIGINT"]) process.once(signal, () => process.exit(0));
