// Goals describe a state to reach ("Betroffene kennen Beratungsangebote"); titles that start with an action
// noun or an infinitive-like verb usually describe a measure instead.
const ACTIVITY_START =
  /^(durchführung|durchführen|organisation|organisieren|veranstaltung|veranstalten|erstellung|erstellen|einrichtung|einrichten|planung|planen|konzeption|konzipieren|schulung|schulen|fortbildung|workshop|entwicklung eines|entwicklung einer|aufbau eines|aufbau einer|bereitstellung|bereitstellen|durchzuführen)\b/i;

/** Whether a goal title reads like an activity rather than a target state (a hint, not a verdict). */
export function looksLikeActivity(title: string): boolean {
  return ACTIVITY_START.test(title.trim());
}
