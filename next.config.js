// @ts-check
/** Security headers every page and route gets. Next injects inline bootstrap scripts, so the CSP
 * allows scripts from this origin only, plus the inline ones Next needs (see README: Security). */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Content-Security-Policy",
    value: [
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "object-src 'none'",
    ].join("; "),
  },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let several checkouts' test servers run side by side on one machine.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // A build into another folder gets its own tsconfig (scripts/lib.mjs writes it), because Next adds
  // that folder's type paths to whichever tsconfig it uses.
  typescript: { tsconfigPath: process.env.NEXT_TSCONFIG || "tsconfig.json" },
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = nextConfig;
