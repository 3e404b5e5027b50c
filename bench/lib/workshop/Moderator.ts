/** The moderator's client during a run: it watches the proposals arrive and moves the workshop on. */
export interface Moderator {
  /** Moves the workshop from collecting to voting. */
  startVoting(): Promise<void>;
  close(): void;
}
