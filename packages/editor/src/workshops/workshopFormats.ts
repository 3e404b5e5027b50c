/** The usual participation formats, offered in the format picker; any other name can be typed. */
export const workshopFormats = [
  'Demokratiekonferenz',
  'World Café',
  'Zukunftswerkstatt',
  'Workshop',
  'AG-Sitzung',
  'Online-Beteiligung',
] as const;
