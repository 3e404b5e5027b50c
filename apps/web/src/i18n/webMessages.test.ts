import { describe, expect, it } from 'vitest';
import { webMessagesDe } from './webMessagesDe.ts';
import { webMessagesEn } from './webMessagesEn.ts';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
}

describe('web message catalogues', () => {
  it('have the same keys and the same placeholders in German and English', () => {
    expect(Object.keys(webMessagesEn).sort()).toEqual(Object.keys(webMessagesDe).sort());
    for (const [key, de] of Object.entries(webMessagesDe)) {
      expect(placeholders(webMessagesEn[key as keyof typeof webMessagesDe]), key).toEqual(placeholders(de));
    }
  });

  it('keep every key in the web namespace, apart from the editor keys', () => {
    for (const key of Object.keys(webMessagesDe)) expect(key.startsWith('web.')).toBe(true);
  });
});
