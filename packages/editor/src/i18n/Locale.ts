/** The UI languages: German first, English second. */
export type Locale = 'de' | 'en';
