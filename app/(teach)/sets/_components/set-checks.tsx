import { modeCounts, setWarnings, type SetItemFacts } from "@/lib/teach/set-warnings";

/** What the chosen items add up to in each mode, and the pairs that weaken each other. */
export function SetChecks({ picked }: { picked: SetItemFacts[] }) {
  const counts = modeCounts(picked);
  const warnings = setWarnings(picked);
  const n = picked.length;
  return (
    <div className="space-y-2">
      <p className="rounded-lg border border-slate-200 bg-white p-3 text-sm text-slate-700">
        <span className="font-medium text-slate-900">As a quiz:</span> {counts.quiz} of {n}{" "}
        {counts.quiz === 1 ? "item is" : "items are"} asked.{" "}
        <span className="font-medium text-slate-900">As a review:</span> {counts.review} of {n}{" "}
        {counts.review === 1 ? "item makes" : "items make"} a card.
        {counts.quiz < n || counts.review < n ? " Each item below says why it is left out." : ""}
      </p>
      {warnings.length ? (
        <div
          role="region"
          aria-label="Check these items"
          className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
        >
          <p className="font-medium">Check these items</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {warnings.map((w) => (
              <li key={`${w.kind}-${w.positions.join("-")}`}>{w.text}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
