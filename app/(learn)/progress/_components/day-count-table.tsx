/** The table a chart also offers, for people who would rather read the numbers. */
export function DayCountTable({
  caption,
  countLabel,
  rows,
}: {
  caption: string;
  countLabel: string;
  rows: { date: string; count: number }[];
}) {
  return (
    <table className="mt-2 w-full max-w-sm text-left">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="py-1 font-medium">
            Day
          </th>
          <th scope="col" className="py-1 font-medium">
            {countLabel}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => (
          <tr key={d.date} className="border-t border-slate-100">
            <td className="py-0.5">{d.date}</td>
            <td className="py-0.5 tabular-nums">{d.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
