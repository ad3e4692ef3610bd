import type { Metadata } from "next";

export const metadata: Metadata = { title: "Benchmark floor", robots: { index: false } };

/**
 * An App Router page with nothing of its own, under the same layout as every page: `npm run bench`
 * weighs the review page's JavaScript against this page's, the framework's floor in the same build.
 */
export default function BenchFloorPage() {
  return <p className="text-slate-600">This page is intentionally empty.</p>;
}
