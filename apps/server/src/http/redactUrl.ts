/**
 * The URL with every `token` and `participant` query value replaced, for logs: tokens never reach a log line,
 * and neither do the pseudonymous ids of workshop participants.
 */
export function redactUrl(url: string | undefined): string {
  return (url ?? '').replace(/([?&](?:token|participant)=)[^&#]*/gi, '$1[redacted]');
}
