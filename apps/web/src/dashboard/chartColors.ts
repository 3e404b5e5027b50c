import type { CostSource } from '@werkbank/concept';

/** The bar colour of single-series charts: dark enough for 3:1 against the page (WCAG 1.4.11). */
export const BAR_COLOR = '#1f5fa8';

/** One colour per funding source, each at least 3:1 against white and told apart by more than hue alone (legend). */
export const SOURCE_COLORS: Record<CostSource, string> = {
  landesmittel: '#1f5fa8',
  eigenanteil: '#b35900',
  drittmittel: '#2e7d32',
  sonstige: '#6a3d9a',
  unassigned: '#5f6368',
};
