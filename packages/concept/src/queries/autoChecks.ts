/** Checklist checks Werkbank makes itself; a template item naming one ticks itself when it passes. */
export const AUTO_CHECKS = [
  'actors-entered',
  'chapters-written',
  'vision-written',
  'fields-have-goals',
  'goals-in-fields',
  'measures-have-goals',
  'key-measures-marked',
  'proposals-answered',
  'version-adopted',
] as const;

/** A check Werkbank makes itself. */
export type AutoCheck = (typeof AUTO_CHECKS)[number];
