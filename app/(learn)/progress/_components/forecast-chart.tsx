import type { DayCount } from "@/lib/data/stats";
import { DayCountTable } from "./day-count-table";

const W = 480;
const H = 200;
const PAD = { top: 14, right: 6, bottom: 34, left: 32 };

function niceMax(n: number): number {
  if (n <= 4) return 4;
  const step = 10 ** Math.floor(Math.log10(n));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * step >= n) return m * step;
  return 10 * step;
}

function shortDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });
}

/** A bar per day for the next 30 days: how many cards fall due. Server-rendered SVG. */
export function ForecastChart({ forecast }: { forecast: DayCount[] }) {
  const total = forecast.reduce((n, d) => n + d.count, 0);
  const peak = forecast.reduce<DayCount | null>((p, d) => (!p || d.count > p.count ? d : p), null);
  const max = niceMax(Math.max(0, ...forecast.map((d) => d.count)));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, forecast.length);
  const ticks = [0, max / 2, max];
  const summary = total
    ? `${total} cards fall due in the next ${forecast.length} days; the busiest day is ${peak ? `${shortDate(peak.date)} with ${peak.count}` : "none"}.`
    : `No cards fall due in the next ${forecast.length} days.`;

  return (
    <figure>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="h-auto w-full"
        role="img"
        aria-labelledby="forecast-title forecast-desc"
      >
        <title id="forecast-title">Cards due per day, next 30 days</title>
        <desc id="forecast-desc">{summary}</desc>
        {ticks.map((t) => {
          const y = PAD.top + plotH - (t / max) * plotH;
          return (
            <g key={t}>
              <line
                x1={PAD.left}
                x2={W - PAD.right}
                y1={y}
                y2={y}
                className="stroke-slate-200"
                strokeWidth={1}
              />
              <text
                x={PAD.left - 6}
                y={y + 4}
                textAnchor="end"
                className="fill-slate-500 text-[13px]"
              >
                {Number.isInteger(t) ? t : t.toFixed(1)}
              </text>
            </g>
          );
        })}
        {forecast.map((d, i) => {
          const h = (d.count / max) * plotH;
          const x = PAD.left + i * slot + slot * 0.15;
          return (
            <g key={d.date}>
              <rect
                x={x}
                y={PAD.top + plotH - h}
                width={slot * 0.7}
                height={Math.max(h, d.count ? 1 : 0)}
                rx={2}
                className={i === 0 ? "fill-brand-700" : "fill-brand-600"}
              >
                <title>{`${shortDate(d.date)}: ${d.count} ${d.count === 1 ? "card" : "cards"} due`}</title>
              </rect>
              {i % 7 === 0 ? (
                <text
                  x={x + slot * 0.35}
                  y={H - PAD.bottom + 16}
                  textAnchor="middle"
                  className="fill-slate-500 text-[13px]"
                >
                  {i === 0 ? "Today" : shortDate(d.date)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 text-sm text-slate-600">{summary}</figcaption>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-brand-700">Show the forecast as a table</summary>
        <DayCountTable caption="Cards due per day" countLabel="Cards due" rows={forecast} />
      </details>
    </figure>
  );
}
