/** User-facing text of each error code the server sends, German first. */
export const errorTexts = {
  'token-missing': {
    de: 'Für diese Aktion fehlt der Zugangslink (Token).',
    en: 'This action needs an access link (token).',
  },
  'token-invalid': {
    de: 'Der Zugangslink ist ungültig.',
    en: 'The access link is not valid.',
  },
  'token-expired': {
    de: 'Der Zugangslink ist abgelaufen.',
    en: 'The access link has expired.',
  },
  'token-revoked': {
    de: 'Der Zugangslink wurde widerrufen.',
    en: 'The access link has been revoked.',
  },
  'role-forbidden': {
    de: 'Mit der Rolle dieses Zugangslinks ist diese Aktion nicht erlaubt.',
    en: 'The role of this access link does not allow this action.',
  },
  'invalid-body': {
    de: 'Die Anfrage enthält ungültige Daten.',
    en: 'The request contains invalid data.',
  },
  'invalid-query': {
    de: 'Die Adresse enthält einen ungültigen Parameter.',
    en: 'The address contains an invalid parameter.',
  },
  'invalid-json': {
    de: 'Der Inhalt der Anfrage ist kein gültiges JSON.',
    en: 'The request body is not valid JSON.',
  },
  'unsupported-media-type': {
    de: 'Bitte JSON senden (Content-Type: application/json).',
    en: 'Please send JSON (Content-Type: application/json).',
  },
  'body-too-large': {
    de: 'Die Anfrage ist zu groß.',
    en: 'The request is too large.',
  },
  'unknown-template': {
    de: 'Diese Vorlage gibt es nicht.',
    en: 'There is no such template.',
  },
  'not-found': {
    de: 'Nicht gefunden.',
    en: 'Not found.',
  },
  'version-not-found': {
    de: 'Diese Fassung gibt es nicht.',
    en: 'There is no such version.',
  },
  'snapshot-missing': {
    de: 'Für diese Fassung ist auf diesem Server kein eingefrorener Stand gespeichert (etwa nach einem Import ohne Sicherung der Fassungen).',
    en: 'This server holds no frozen snapshot of this version (e.g. after an import without a backup of the versions).',
  },
  'unknown-version': {
    de: 'Die Sicherung enthält einen eingefrorenen Stand zu einer Fassung, die es im Konzept nicht gibt.',
    en: 'The backup holds a frozen snapshot of a version the concept does not list.',
  },
  'link-not-found': {
    de: 'Diesen Zugangslink gibt es nicht oder er wurde schon widerrufen.',
    en: 'There is no such access link, or it has already been revoked.',
  },
  'last-owner-link': {
    de: 'Der letzte gültige Eigentümer*innen-Link kann nicht widerrufen werden.',
    en: 'The last valid owner link cannot be revoked.',
  },
  'concept-too-large': {
    de: 'Das Konzept hat die maximale Größe erreicht.',
    en: 'The concept has reached its maximum size.',
  },
  'rate-limited': {
    de: 'Von dieser Adresse wurden in kurzer Zeit zu viele Konzepte angelegt. Bitte später erneut versuchen.',
    en: 'Too many concepts were created from this address in a short time. Please try again later.',
  },
  internal: {
    de: 'Interner Fehler. Bitte später erneut versuchen.',
    en: 'Internal error. Please try again later.',
  },
} as const;

export type ErrorCode = keyof typeof errorTexts;
