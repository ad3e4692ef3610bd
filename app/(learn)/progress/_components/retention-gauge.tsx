/** True retention against the desired one, as a horizontal gauge with a target mark. */
export function RetentionGauge({
  retention,
  reviews,
  desired,
}: {
  retention: number | null;
  reviews: number;
  desired: number;
}) {
  const W = 300;
  const H = 44;
  const x = (v: number) => 4 + v * (W - 8);
  const pct = retention === null ? null : Math.round(retention * 100);
  const summary =
    retention === null
      ? "No reviews of learnt cards in the last 30 days yet, so true retention is not known."
      : `You recalled ${pct}% of ${reviews} reviews of learnt cards in the last 30 days; your target is ${Math.round(desired * 100)}%.`;
  return (
    <figure>
      <p className="text-4xl font-semibold tabular-nums text-slate-900" data-testid="retention">
        {pct === null ? "—" : `${pct}%`}
      </p>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="mt-2 h-auto w-full max-w-xs"
        role="img"
        aria-labelledby="retention-title retention-desc"
      >
        <title id="retention-title">True retention, last 30 days</title>
        <desc id="retention-desc">{summary}</desc>
        <rect x={4} y={10} width={W - 8} height={14} rx={7} className="fill-slate-200" />
        {retention !== null ? (
          <rect
            x={4}
            y={10}
            width={Math.max(0, x(retention) - 4)}
            height={14}
            rx={7}
            className={retention >= desired - 0.05 ? "fill-green-600" : "fill-amber-500"}
          />
        ) : null}
        <line
          x1={x(desired)}
          x2={x(desired)}
          y1={4}
          y2={30}
          className="stroke-slate-900"
          strokeWidth={2}
        />
        <text x={x(desired)} y={42} textAnchor="middle" className="fill-slate-600 text-[10px]">
          target {Math.round(desired * 100)}%
        </text>
      </svg>
      <figcaption className="mt-1 text-sm text-slate-600">{summary}</figcaption>
    </figure>
  );
}
