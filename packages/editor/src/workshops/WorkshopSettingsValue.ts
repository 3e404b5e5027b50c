import type { WorkshopJSON } from '@werkbank/concept';

/** What a moderator sets up for a workshop (everything but its phase and proposals). */
export type WorkshopSettingsValue = Pick<
  WorkshopJSON,
  | 'title'
  | 'date'
  | 'place'
  | 'online'
  | 'format'
  | 'fieldIds'
  | 'guidingQuestions'
  | 'dotsPerParticipant'
  | 'stackDots'
  | 'release'
>;
