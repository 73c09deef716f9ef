// A bar chart drawn as a table: screen readers read the rows and figures, eyes read the bars. Pure CSS,
// so the dashboard stays light on a phone.
import type { ReactNode } from 'react';

export interface BarSeries {
  /** Column heading (also the legend). */
  label: string;
  /** CSS class giving the bar its colour. */
  tone: 'demand' | 'supply' | 'used' | 'neutral';
}

export interface BarRow {
  key: string;
  label: ReactNode;
  /** One value per series; null is shown as a dash. */
  values: readonly (number | null)[];
  /** How each value is written; plain numbers when left out. */
  format?: (value: number) => string;
}

export function BarTable({
  caption,
  rowHeading,
  series,
  rows,
  max,
  empty,
}: {
  caption: string;
  rowHeading: string;
  series: readonly BarSeries[];
  rows: readonly BarRow[];
  /** The value of a full bar; the largest value when left out. */
  max?: number;
  empty: string;
}) {
  if (rows.length === 0) return <p className="hint">{empty}</p>;
  const top = max ?? Math.max(1, ...rows.flatMap((r) => r.values.map((v) => v ?? 0)));
  return (
    // Focusable so that a table wider than a small screen can be scrolled from the keyboard.
    <div className="chart" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeading}</th>
            {series.map((s) => (
              <th scope="col" key={s.label} className="figure">
                <span className={`swatch ${s.tone}`} aria-hidden="true" />
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                {row.label}
                <span className="bars" aria-hidden="true">
                  {row.values.map((v, i) => (
                    <span
                      key={series[i]?.label ?? i}
                      className={`bar ${series[i]?.tone ?? 'neutral'}`}
                      style={{ width: `${Math.min(100, ((v ?? 0) / top) * 100)}%` }}
                    />
                  ))}
                </span>
              </th>
              {row.values.map((v, i) => (
                <td key={series[i]?.label ?? i} className="figure">
                  {v === null ? '–' : row.format ? row.format(v) : v}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
