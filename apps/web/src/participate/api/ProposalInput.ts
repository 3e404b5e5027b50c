/** A proposal as a participant sends it. */
export interface ProposalInput {
  submissionId: string;
  text: string;
  fieldId: string | null;
  targetGroup: string;
  displayName: string;
}
