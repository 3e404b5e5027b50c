/**
 * Where a user is in the concept, as the web app writes it to awareness (`location` field);
 * views read it for per-section presence dots.
 */
export interface PresenceLocation {
  kind: 'chapter' | 'vision' | 'goal' | 'measure' | 'fieldOfAction' | 'actors' | 'table';
  id?: string;
}
