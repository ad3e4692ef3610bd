/** Shading of a claim by how well the student recalls it: a map of what they know, in the text. */

const BANDS = [
  {
    min: 0.9,
    className: "bg-green-100 decoration-green-700/50",
    label: "Well remembered (90% or more)",
  },
  { min: 0.7, className: "bg-amber-100 decoration-amber-700/50", label: "Fading (70–89%)" },
  { min: 0, className: "bg-red-100 decoration-red-700/50", label: "Likely forgotten (under 70%)" },
] as const;
const UNSEEN = { className: "bg-brand-50 decoration-brand-600/40", label: "Not studied yet" };

export function recallTone(r: number | undefined): { className: string; label: string } {
  if (r === undefined) return UNSEEN;
  return BANDS.find((b) => r >= b.min) ?? UNSEEN;
}

export function recallTitle(r: number | undefined): string {
  if (r === 0) return "Claim — you got it wrong the last time you met it";
  return r === undefined
    ? "Claim — not studied yet"
    : `Claim — you would recall it now with about ${Math.round(r * 100)}% probability`;
}

export function RecallLegend({ studied }: { studied: number }) {
  return (
    <div className="mb-6 rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <p className="font-medium text-slate-800">
        Claims are shaded by how well you recall them now
        {studied === 0 ? " — study this essay's flashcards to fill in the map." : "."}
      </p>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-slate-700" aria-label="Legend">
        {[...BANDS, UNSEEN].map((b) => (
          <li key={b.label} className="flex items-center gap-1.5">
            <span aria-hidden className={`inline-block h-3 w-5 rounded ${b.className}`} />
            {b.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
