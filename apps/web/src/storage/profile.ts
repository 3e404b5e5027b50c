/** How this person appears to the others: set once, remembered on this device. */
export interface Profile {
  name: string;
  color: string;
}

/** Colours with at least 4.5:1 contrast against white text and against the light page. */
export const PROFILE_COLORS = [
  '#1d4ed8',
  '#b91c1c',
  '#047857',
  '#7e22ce',
  '#b45309',
  '#0e7490',
  '#be185d',
  '#4d5b16',
];
