/** Where the participants of one run send their requests. */
export interface WorkshopAddress {
  /** `http://host:port`, no trailing slash. */
  baseUrl: string;
  conceptId: string;
  workshopId: string;
  /** The workshop link's token (participants and the wall share it, as in the web app). */
  token: string;
}
