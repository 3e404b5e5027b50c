import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addChapter, deleteChapter, readChapters, updateChapter } from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import { paragraph, syncedDocs, userAwareness } from '../test/factories.ts';
import { ChapterView } from './ChapterView.tsx';
import { VisionView } from './VisionView.tsx';

const user = { name: 'Mira', color: '#bf3989' };

describe('ChapterView', () => {
  it('edits title and status, shows guiding questions and the body, and follows remote changes', () => {
    const [a, b] = syncedDocs();
    const id = addChapter(a, {
      title: 'Ausgangslage',
      guidingQuestions: ['Welche Vorfälle sind bekannt?', 'Wer berät Betroffene?'],
      body: paragraph('Im Kreis leben …'),
    });
    render(<ChapterView doc={a} chapterId={id} editable user={user} />);
    expect(screen.getByRole('heading', { name: 'Ausgangslage' })).toBeTruthy();
    // A chapter with text shows its guiding questions folded; one click opens them.
    expect(screen.queryByText('Wer berät Betroffene?')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Leitfragen zu diesem Kapitel' }));
    expect(screen.getByText('Wer berät Betroffene?')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Kapiteltext' }).textContent).toBe('Im Kreis leben …');
    fireEvent.change(screen.getByLabelText('Bearbeitungsstand'), { target: { value: 'review' } });
    expect(readChapters(b)[0]?.status).toBe('review');
    act(() => updateChapter(b, id, { title: 'Ausgangslage und Bedarf' }));
    expect((screen.getByLabelText('Kapiteltitel') as HTMLInputElement).value).toBe('Ausgangslage und Bedarf');
    act(() => deleteChapter(b, id));
    expect(screen.getByRole('status').textContent).toMatch(/gibt es nicht mehr/);
  });

  it('moves an empty chapter to Entwurf when its first text is typed, for everyone', async () => {
    const [a, b] = syncedDocs();
    const id = addChapter(a, { title: 'Ausgangslage' });
    render(<ChapterView doc={a} chapterId={id} editable user={user} />);
    const status = screen.getByLabelText('Bearbeitungsstand') as HTMLSelectElement;
    expect(status.selectedOptions[0]?.textContent).toBe('Leer');
    const ui = userEvent.setup({ delay: null });
    await ui.click(screen.getByRole('textbox', { name: 'Kapiteltext' }));
    await ui.keyboard('Im Kreis');
    expect(readChapters(b, { richText: true })[0]?.body).toEqual(paragraph('Im Kreis'));
    expect(status.selectedOptions[0]?.textContent).toBe('Entwurf');
    expect(readChapters(b)[0]?.status).toBe('draft');
  });

  it('leaves a status that a person chose while text is typed', async () => {
    const [a, b] = syncedDocs();
    const id = addChapter(a, { title: 'Ausgangslage' });
    render(<ChapterView doc={a} chapterId={id} editable user={user} />);
    const ui = userEvent.setup({ delay: null });
    await ui.selectOptions(screen.getByLabelText('Bearbeitungsstand'), 'In Abstimmung');
    await ui.click(screen.getByRole('textbox', { name: 'Kapiteltext' }));
    await ui.keyboard('Im Kreis');
    expect(readChapters(b, { richText: true })[0]?.body).toEqual(paragraph('Im Kreis'));
    expect(readChapters(b)[0]?.status).toBe('review');
  });

  it('leaves out its heading with showTitle={false} and stays named by the chapter', () => {
    const [a] = syncedDocs();
    const id = addChapter(a, { title: 'Ausgangslage', body: paragraph('Text') });
    render(<ChapterView doc={a} chapterId={id} editable user={user} showTitle={false} />);
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.getByRole('article', { name: 'Ausgangslage' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Kapiteltext' }).textContent).toBe('Text');
  });

  it('shows who else is in the chapter, by name', () => {
    const [a, b] = syncedDocs();
    const id = addChapter(a, { title: 'Leitbild' });
    const remote = userAwareness(b, 'Kemal', '#1a7f37');
    const local = userAwareness(a, 'Mira');
    render(<ChapterView doc={a} chapterId={id} editable user={user} awareness={local} />);
    expect(screen.queryByRole('img', { name: /Gerade hier/ })).toBeNull();
    act(() => {
      remote.setLocalStateField('location', { kind: 'chapter', id });
      // In the app the provider carries awareness updates; here they are copied by hand.
      local.states.set(remote.clientID, remote.getLocalState() as Record<string, unknown>);
      local.emit('change', [{ added: [remote.clientID], updated: [], removed: [] }, 'remote']);
    });
    expect(screen.getByRole('img', { name: 'Gerade hier: Kemal' })).toBeTruthy();
  });
});

describe('VisionView', () => {
  it('binds the vision text', () => {
    const [a] = syncedDocs();
    render(<VisionView doc={a} editable={false} user={user} />);
    expect(screen.getByRole('heading', { name: 'Leitbild' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Text des Leitbilds' }).getAttribute('contenteditable')).toBe(
      'false',
    );
  });
});
