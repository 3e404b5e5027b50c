import type { Translate } from '@werkbank/editor';
import { describe, expect, it } from 'vitest';
import { webMessagesDe } from '../i18n/webMessagesDe.ts';
import { ownerLinkFile } from './ownerLinkFile.ts';

const t: Translate = (key, params) =>
  (webMessagesDe[key as keyof typeof webMessagesDe] ?? key).replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params?.[name] ?? ''),
  );

describe('ownerLinkFile', () => {
  it('names the concept and holds the link with what it is for', () => {
    const file = ownerLinkFile('Vielfalt in Musterstadt', 'https://w.example/c/a#t=x', t);
    expect(file.name).toBe('Werkbank-Link Vielfalt in Musterstadt.txt');
    expect(file.text.split('\r\n').slice(0, 4)).toEqual([
      'Werkbank – Ihr Link als Eigentümer*in',
      'Konzept: Vielfalt in Musterstadt',
      '',
      'https://w.example/c/a#t=x',
    ]);
    expect(file.text).toContain('Geht er verloren');
  });

  it('keeps file names free of characters file systems refuse', () => {
    expect(ownerLinkFile('A/B: "C"?\n', 'l', t).name).toBe('Werkbank-Link A B C.txt');
    expect(ownerLinkFile('', 'l', t).name).toBe('Werkbank-Link Konzept.txt');
  });
});
