// Node's flags for the app server (scripts/server.mjs), wherever it is started — `npm start`, the
// e2e server, the bench — so that the bench measures the server users meet.
//
// A request's objects live as long as the request, and on a busy server that is longer than two
// young-generation collections at Node's default 16 MB semi-space: they are promoted, and full
// collections then sweep them with pauses that land on every request open at the time. A 64 MB
// semi-space lets them die young (the review loop on PostgreSQL behind two instances, four runs
// beside four without it: p95 1.09–1.85 times its floor against 1.57–2.00).
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=64"];
