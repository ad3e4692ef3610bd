// @ts-check
/** Headers for every response. Pages get their Content Security Policy (with a per-request script
 * nonce) from proxy.ts; JSON routes get one that allows nothing, since they are never documents. */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let several checkouts' test servers run side by side on one machine.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // A build into another folder gets its own tsconfig (scripts/lib.mjs writes it), because Next adds
  // that folder's type paths to whichever tsconfig it uses.
  typescript: { tsconfigPath: process.env.NEXT_TSCONFIG || "tsconfig.json" },
  poweredByHeader: false,
  // pdf.js loads its own worker module at run time by a path beside itself: it must stay a package
  // in node_modules, not be bundled.
  serverExternalPackages: ["pdfjs-dist"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      {
        source: "/api/:path*",
        headers: [
          { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
