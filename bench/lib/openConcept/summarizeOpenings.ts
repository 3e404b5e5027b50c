import type { Opening } from './openOnce.ts';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function seconds(values: (number | undefined)[]): string {
  const known = values.filter((v): v is number => v !== undefined);
  return `${(median(known) / 1000).toFixed(2)} s (${(Math.max(...known) / 1000).toFixed(2)})`;
}

function kB(values: number[]): string {
  return `${(median(values) / 1024).toFixed(1)} kB`;
}

/** The Markdown table of `openConcept`: medians and maxima of each setting's runs. */
export function summarizeOpenings(
  results: { label: string; openings: Opening[]; precache: number[] }[],
): string {
  const lines = [
    '| opening | title | navigation complete | editor editable | first keystroke lands | longest task | assets received | API | sync socket | service worker precache after |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const { label, openings, precache } of results) {
    const ms = (key: keyof Opening) => seconds(openings.map((o) => o[key]));
    const longest = openings.map((o) => o.longestTask);
    lines.push(
      `| ${label} | ${ms('title')} | ${ms('navigation')} | ${ms('editable')} | ${ms('keystroke')} | ${median(longest).toFixed(0)} ms (${Math.max(...longest).toFixed(0)}) | ${kB(openings.map((o) => o.assets))} | ${kB(openings.map((o) => o.api))} | ${kB(openings.map((o) => o.socket))} | ${precache.length ? kB(precache) : '–'} |`,
    );
  }
  return lines.join('\n');
}
