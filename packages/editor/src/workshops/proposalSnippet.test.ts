import { describe, expect, it } from 'vitest';
import { proposalSnippet } from './proposalSnippet.ts';

describe('proposalSnippet', () => {
  it('keeps a short text and joins its lines', () => {
    expect(proposalSnippet('Mehr\n  Beratung')).toBe('Mehr Beratung');
  });

  it('cuts a long text at a word', () => {
    expect(proposalSnippet('Mehr Beratung für Vereine im ländlichen Raum', 20)).toBe('Mehr Beratung für …');
  });

  it('cuts inside a long word when there is no space near the end', () => {
    expect(proposalSnippet('Antidiskriminierungsberatungsstelle', 10)).toBe('Antidiskri …');
  });
});
