import { describe, expect, it } from 'vitest';
import { shownChapterStatus } from './shownChapterStatus.ts';

describe('shownChapterStatus', () => {
  it('shows a chapter marked empty as a draft once its part has text, and every other status as stored', () => {
    expect(shownChapterStatus('empty', true)).toBe('draft');
    expect(shownChapterStatus('empty', false)).toBe('empty');
    expect(shownChapterStatus('review', true)).toBe('review');
    expect(shownChapterStatus('final', false)).toBe('final');
  });
});
