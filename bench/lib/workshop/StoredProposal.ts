/** A proposal as the server holds it after the run. */
export interface StoredProposal {
  id: string;
  text: string;
  /** participant id → dots */
  votes: Record<string, number>;
}
