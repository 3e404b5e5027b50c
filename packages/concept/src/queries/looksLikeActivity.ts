import { activityCue } from './activityCue.ts';

/** Whether a goal title reads like an activity rather than a target state (a hint, not a verdict). */
export function looksLikeActivity(title: string): boolean {
  return activityCue(title) !== null;
}
