/** Which workshop, and with which link and (on phones) which pseudonymous participant. */
export interface WorkshopAddress {
  conceptId: string;
  workshopId: string;
  token: string;
  /** Absent for the projector wall. */
  participantId?: string;
}
