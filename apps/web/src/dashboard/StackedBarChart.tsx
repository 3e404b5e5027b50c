import { scaleBand, scaleLinear, scaleOrdinal } from '@visx/scale';
import { BarStackHorizontal } from '@visx/shape';
import { useId } from 'react';

/** One bar of a stacked chart: its label and the value of each series. */
export type StackedDatum = { label: string } & Record<string, number | string>;

/** Props of `StackedBarChart`. */
export interface StackedBarChartProps<K extends string> {
  title: string;
  data: readonly StackedDatum[];
  /** The series in stacking order, with their names and colours (shown as the legend). */
  series: readonly { key: K; label: string; color: string }[];
}

const WIDTH = 420;
const LABEL_ROOM = 80;
const ROW = 36;

/**
 * Horizontal bars stacked by series (e.g. a year's costs by funding source), with a legend in text, as an SVG
 * image (role="img" with a title); the table that goes with it holds the values.
 */
export function StackedBarChart<K extends string>({ title, data, series }: StackedBarChartProps<K>) {
  const titleId = useId();
  const height = Math.max(1, data.length) * ROW;
  const keys = series.map((s) => s.key);
  const totals = data.map((d) => keys.reduce((sum, key) => sum + Number(d[key] ?? 0), 0));
  const x = scaleLinear({ domain: [0, Math.max(1, ...totals)], range: [0, WIDTH - LABEL_ROOM - 8] });
  const y = scaleBand({ domain: data.map((d) => d.label), range: [0, height], padding: 0.3 });
  const color = scaleOrdinal({ domain: keys, range: series.map((s) => s.color) });
  return (
    <>
      <svg
        className="chart"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={titleId}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={titleId}>{title}</title>
        {data.map((d) => (
          <text
            key={d.label}
            x={LABEL_ROOM - 8}
            y={(y(d.label) ?? 0) + y.bandwidth() / 2 + 5}
            textAnchor="end"
            className="chart-label"
          >
            {d.label}
          </text>
        ))}
        <g transform={`translate(${LABEL_ROOM},0)`}>
          <BarStackHorizontal<StackedDatum, K>
            data={[...data]}
            keys={keys}
            y={(d) => d.label}
            xScale={x}
            yScale={y}
            color={color}
          />
        </g>
      </svg>
      <ul className="chart-legend">
        {series.map((s) => (
          <li key={s.key}>
            <span className="chart-swatch" style={{ background: s.color }} aria-hidden="true" />
            {s.label}
          </li>
        ))}
      </ul>
    </>
  );
}
