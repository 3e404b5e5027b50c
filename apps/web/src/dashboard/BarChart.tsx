import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { useId } from 'react';
import { BAR_COLOR } from './chartColors.ts';

/** One bar: its label and value, and the value as the chart writes it. */
export interface BarDatum {
  key: string;
  label: string;
  value: number;
  text: string;
}

/** Props of `BarChart`. */
export interface BarChartProps {
  /** What the chart shows; screen readers hear it with the note that the table holds the values. */
  title: string;
  data: readonly BarDatum[];
  /** The value a full-width bar stands for (e.g. all measures); the largest value when left out. */
  max?: number;
}

const WIDTH = 420;
const ROW = 44;
const LABEL = 16;
const VALUE_ROOM = 90;
/** About as many characters of 14 px text as the chart's width holds; a longer label ends in "…" (the table has it whole). */
const LABEL_CHARS = 52;

function fitLabel(label: string): string {
  return label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1).trimEnd()}…` : label;
}

/**
 * Horizontal bars, each with its label above and its value at its end, as an SVG image (role="img" with a
 * title); the values are in the table that goes with it, which is what screen readers read.
 */
export function BarChart({ title, data, max }: BarChartProps) {
  const titleId = useId();
  const height = Math.max(1, data.length) * ROW;
  const y = scaleBand({ domain: data.map((d) => d.key), range: [0, height], paddingInner: 0 });
  const top = Math.max(1, max ?? Math.max(0, ...data.map((d) => d.value)));
  const x = scaleLinear({ domain: [0, top], range: [0, WIDTH - VALUE_ROOM] });
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={titleId}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={titleId}>{title}</title>
      {data.map((d) => {
        const rowTop = y(d.key) ?? 0;
        const width = Math.max(d.value > 0 ? 2 : 0, x(d.value));
        return (
          <g key={d.key}>
            <text x={0} y={rowTop + LABEL - 3} className="chart-label">
              {fitLabel(d.label)}
            </text>
            <Bar
              x={0}
              y={rowTop + LABEL + 2}
              width={width}
              height={ROW - LABEL - 10}
              fill={BAR_COLOR}
              rx={2}
            />
            <text x={width + 6} y={rowTop + ROW - 12} className="chart-value">
              {d.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
