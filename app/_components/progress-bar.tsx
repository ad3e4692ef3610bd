/** A labelled bar: "3 of 12 done". Colour is never the only signal — the numbers are written out. */
export function ProgressBar({
  value,
  total,
  label,
  detail,
}: {
  value: number;
  total: number;
  label: string;
  detail?: string;
}) {
  const pct = total > 0 ? Math.round((value / total) * 100) : 0;
  return (
    <div className="flex items-center gap-3">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={value}
        aria-valuetext={`${value} of ${total}${detail ? `, ${detail}` : ""}`}
        className="h-2.5 min-w-24 flex-1 overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-green-600" style={{ width: `${pct}%` }} />
      </div>
      <span className="shrink-0 text-sm tabular-nums text-slate-700">
        {value}/{total} done
      </span>
    </div>
  );
}
