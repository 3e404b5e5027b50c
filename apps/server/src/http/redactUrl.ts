/** The URL with every `token` query value replaced, for logs: tokens never reach a log line. */
export function redactUrl(url: string | undefined): string {
  return (url ?? '').replace(/([?&]token=)[^&#]*/gi, '$1[redacted]');
}
