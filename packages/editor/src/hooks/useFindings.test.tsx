import { act, render, screen } from '@testing-library/react';
import {
  addChapter,
  findEntity,
  keys,
  setVision,
  updateChapter,
  updateMeasure,
  visionFragment,
} from '@werkbank/concept';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { paragraph, smallConcept } from '../test/factories.ts';
import { type UseFindingsOptions, useFindings } from './useFindings.ts';

function Codes({ doc, options }: { doc: Y.Doc; options?: UseFindingsOptions }) {
  const findings = useFindings(doc, options);
  return <p>{findings.map((f) => `${f.code}:${f.id}`).join(' ')}</p>;
}

describe('useFindings', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('checks the goals and measures the list hooks read, so typing in a measure reads no rich text', () => {
    const { doc, m2, h2 } = smallConcept();
    updateMeasure(doc, m2, { description: paragraph('Drei Termine') });
    const { container } = render(<Codes doc={doc} />);
    expect(container.textContent).toContain(`measure-without-goal:${m2}`);
    const readText = vi.spyOn(Y.Text.prototype, 'toDelta');
    const description = findEntity(doc, keys.MEASURES, m2)?.get('description') as Y.XmlFragment;
    act(() => ((description.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'Genau '));
    act(() => updateMeasure(doc, m2, { goalIds: [h2] }));
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(container.textContent).not.toContain(`measure-without-goal:${m2}`);
    expect(readText).not.toHaveBeenCalled();
  });

  it('follows typing in the Leitbild and in chapters, reading only whether they hold text', () => {
    const { doc } = smallConcept();
    const chapter = addChapter(doc, { key: 'auftrag', title: 'Auftrag' });
    setVision(doc, { type: 'doc', content: [{ type: 'paragraph' }] });
    const { container } = render(<Codes doc={doc} />);
    expect(container.textContent).toContain('vision-empty:');
    expect(container.textContent).toContain(`chapter-empty:${chapter}`);
    act(() => (visionFragment(doc).get(0) as Y.XmlElement).insert(0, [new Y.XmlText('Vielfalt')]));
    act(() => updateChapter(doc, chapter, { body: paragraph('Beschluss') }));
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(container.textContent).not.toContain('vision-empty:');
    expect(container.textContent).not.toContain('chapter-empty:');
  });

  it('checks a change after a quiet spell at once, then at most once per delay', () => {
    const { doc, m1, m2 } = smallConcept();
    render(<Codes doc={doc} options={{ delayMs: 5000 }} />);
    act(() => {
      vi.advanceTimersByTime(6000);
    });
    act(() => updateMeasure(doc, m1, { lead: '' }));
    act(() => {
      vi.advanceTimersByTime(0);
    });
    expect(screen.getByText(new RegExp(`measure-without-lead:${m1}`))).toBeTruthy();
    act(() => updateMeasure(doc, m2, { lead: '' }));
    act(() => {
      vi.advanceTimersByTime(4000);
    });
    expect(screen.queryByText(new RegExp(`measure-without-lead:${m2}`))).toBeNull();
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(screen.getByText(new RegExp(`measure-without-lead:${m2}`))).toBeTruthy();
  });

  it('reads descriptions when the template requires them', () => {
    const { doc, m1 } = smallConcept();
    const template = { requiredMeasureFields: ['description' as const] };
    const { container } = render(<Codes doc={doc} options={{ template }} />);
    expect(container.textContent).toContain(`measure-missing-field:${m1}`);
    act(() => updateMeasure(doc, m1, { description: paragraph('Drei Termine im Frühjahr') }));
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(container.textContent).not.toContain(`measure-missing-field:${m1}`);
  });
});
