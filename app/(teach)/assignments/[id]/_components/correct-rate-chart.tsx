import type { ReportItem } from "@/lib/data/reports";

/**
 * Correct rate per item as a horizontal bar chart, drawn on the server as SVG (no chart library).
 * Positions are percentages of the width, so the text keeps its size on a phone and on a wide
 * screen. Bars are numbered like the item list below it, which carries the same numbers as text.
 */
const ROW = 30;
const LEFT = 12; // % of the width: item numbers sit left of this
const RIGHT = 76; // % of the width: values sit right of this
const SPAN = RIGHT - LEFT;

function tone(rate: number): string {
  if (rate < 0.5) return "#dc2626";
  if (rate < 0.8) return "#d97706";
  return "#16a34a";
}

export function CorrectRateChart({ items }: { items: ReportItem[] }) {
  const answered = items.filter((i) => i.correctRate !== null);
  const height = items.length * ROW + 24;
  const worst = answered[0];
  const summary = answered.length
    ? `${answered.length} of ${items.length} items answered. Lowest correct rate: item 1 at ${Math.round((worst!.correctRate ?? 0) * 100)}%.`
    : "Nobody has answered any item yet.";
  return (
    <svg
      width="100%"
      height={height}
      className="max-w-3xl"
      role="img"
      aria-labelledby="chart-title chart-desc"
    >
      <title id="chart-title">Correct rate per item, most-missed first</title>
      <desc id="chart-desc">{summary}</desc>
      {[0, 0.5, 1].map((t) => (
        <g key={t}>
          <line
            x1={`${LEFT + t * SPAN}%`}
            x2={`${LEFT + t * SPAN}%`}
            y1={0}
            y2={items.length * ROW}
            stroke="#cbd5e1"
            strokeDasharray={t === 0 ? undefined : "3 3"}
          />
          <text
            x={`${LEFT + t * SPAN}%`}
            y={items.length * ROW + 16}
            textAnchor={t === 0 ? "start" : t === 1 ? "end" : "middle"}
            fontSize="12"
            fill="#475569"
          >
            {Math.round(t * 100)}%
          </text>
        </g>
      ))}
      {items.map((item, i) => {
        const y = i * ROW;
        const rate = item.correctRate;
        return (
          <g key={item.itemId}>
            <text
              x={`${LEFT - 2}%`}
              y={y + ROW / 2 + 5}
              textAnchor="end"
              fontSize="14"
              fill="#334155"
            >
              {i + 1}
            </text>
            {rate === null ? (
              <text x={`${LEFT + 1}%`} y={y + ROW / 2 + 5} fontSize="13" fill="#475569">
                no answers yet
              </text>
            ) : (
              <>
                <rect
                  x={`${LEFT}%`}
                  y={y + 6}
                  width={`${Math.max(0.5, rate * SPAN)}%`}
                  height={ROW - 12}
                  rx="3"
                  fill={tone(rate)}
                />
                <text x={`${RIGHT + 2}%`} y={y + ROW / 2 + 5} fontSize="13" fill="#1e293b">
                  {Math.round(rate * 100)}% of {item.attempts}
                </text>
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}
