import type { DayCount } from "@/lib/data/stats";
import { DayCountTable } from "./day-count-table";

const CELL = 13;
const GAP = 3;
const LEFT = 30;
const TOP = 18;
/** Drawn a little larger than its viewBox on wide screens; narrow ones scroll sideways. */
const SCALE = 1.3;

const LEVELS = [
  { min: 0, className: "fill-slate-200", label: "none" },
  { min: 1, className: "fill-green-200", label: "1–4" },
  { min: 5, className: "fill-green-400", label: "5–19" },
  { min: 20, className: "fill-green-600", label: "20–49" },
  { min: 50, className: "fill-green-800", label: "50 or more" },
];

function level(count: number) {
  return [...LEVELS].reverse().find((l) => count >= l.min) ?? LEVELS[0]!;
}

/** A calendar of reviews per day, one column a week (Monday on top), like a contribution graph. */
export function ReviewHeatmap({ days }: { days: DayCount[] }) {
  const weeks = Math.ceil(days.length / 7);
  const width = LEFT + weeks * (CELL + GAP);
  const height = TOP + 7 * (CELL + GAP);
  const total = days.reduce((n, d) => n + d.count, 0);
  const active = days.filter((d) => d.count > 0);
  const summary = total
    ? `${total} reviews on ${active.length} of the last ${days.length} days.`
    : `No reviews in the last ${days.length} days yet.`;
  const months: { x: number; label: string }[] = [];
  days.forEach((d, i) => {
    if (i % 7 !== 0) return;
    const date = new Date(`${d.date}T00:00:00Z`);
    const label = date.toLocaleDateString("en-GB", { month: "short", timeZone: "UTC" });
    const x = LEFT + Math.floor(i / 7) * (CELL + GAP);
    const last = months.at(-1);
    if (last?.label === label) return;
    // A month that starts a column or two before the next one gives its place to it.
    if (last && x - last.x < 3 * (CELL + GAP)) months.pop();
    months.push({ x, label });
  });

  return (
    <figure>
      <div
        // row-reverse starts a narrow screen's scroll at the right: the latest weeks show first.
        className="flex flex-row-reverse overflow-x-auto lg:justify-end"
        tabIndex={0}
        role="region"
        aria-label="Calendar of reviews (scrolls sideways)"
      >
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width={Math.round(width * SCALE)}
          height={Math.round(height * SCALE)}
          className="max-w-none shrink-0"
          role="img"
          aria-labelledby="heatmap-title heatmap-desc"
        >
          <title id="heatmap-title">Reviews per day, last 26 weeks</title>
          <desc id="heatmap-desc">{summary}</desc>
          {months.map((m) => (
            <text key={`${m.x}`} x={m.x} y={11} className="fill-slate-500 text-[10px]">
              {m.label}
            </text>
          ))}
          {["Mon", "Wed", "Fri"].map((label, i) => (
            <text
              key={label}
              x={0}
              y={TOP + i * 2 * (CELL + GAP) + CELL - 2}
              className="fill-slate-500 text-[10px]"
            >
              {label}
            </text>
          ))}
          {days.map((d, i) => (
            <rect
              key={d.date}
              x={LEFT + Math.floor(i / 7) * (CELL + GAP)}
              y={TOP + (i % 7) * (CELL + GAP)}
              width={CELL}
              height={CELL}
              rx={2}
              className={level(d.count).className}
            >
              <title>{`${d.date}: ${d.count} ${d.count === 1 ? "review" : "reviews"}`}</title>
            </rect>
          ))}
        </svg>
      </div>
      <figcaption className="mt-2 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
        <span>{summary}</span>
        <span className="flex items-center gap-1" aria-label="Colour scale">
          Fewer
          {LEVELS.map((l) => (
            <svg key={l.label} width={CELL} height={CELL} aria-hidden>
              <rect width={CELL} height={CELL} rx={2} className={l.className} />
            </svg>
          ))}
          More
        </span>
      </figcaption>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-brand-700">Show the days with reviews</summary>
        {active.length ? (
          <DayCountTable
            caption="Reviews per day (days without reviews left out)"
            countLabel="Reviews"
            rows={active}
          />
        ) : (
          <p className="mt-2 text-slate-600">No reviews yet.</p>
        )}
      </details>
    </figure>
  );
}
