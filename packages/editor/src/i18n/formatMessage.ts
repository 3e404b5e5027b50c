import type { MessageParams } from './Translate.ts';

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function formatMessage(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
