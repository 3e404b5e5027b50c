const ALLOWED = /^(https?:|mailto:|tel:)/i;

/** A link target worth following: web, mail and phone addresses only (no `javascript:`); null otherwise. */
export function safeHref(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const href = value.trim();
  return ALLOWED.test(href) ? href : null;
}
