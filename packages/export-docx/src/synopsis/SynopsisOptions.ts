/** What the Synopse says about the two states it sets side by side. */
export interface SynopsisOptions {
  /** The concept's title and territory, for the title and the file name. */
  title: string;
  territory?: string;
  /** Names of the older and the newer state, e.g. `Beschluss 2025` and `Aktueller Entwurf`. */
  fromName: string;
  toName: string;
  /** When it is made (the date printed and in the file name). */
  now?: Date;
  /** A phase's title in the concept's template, for the concept's details (the key when absent). */
  phaseTitle?: (key: string) => string;
}
