import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addChapter } from '@werkbank/concept';
import { beforeEach, describe, expect, it } from 'vitest';
import { paragraph, syncedDocs } from '../test/factories.ts';
import { ChapterView } from '../views/ChapterView.tsx';
import { GuidingQuestions } from './GuidingQuestions.tsx';

const user = { name: 'Mira', color: '#bf3989' };
const questions = ['Wie wollen wir zusammenleben?', 'Wen spricht das Leitbild an?'];
const hint = 'Kurz und in der Sprache der Menschen vor Ort.';

describe('GuidingQuestions', () => {
  beforeEach(() => window.localStorage.clear());

  it('folds the questions and the hint behind a button that says whether they are open', async () => {
    render(<GuidingQuestions questions={questions} hint={hint} storageKey="c1:leitbild" defaultOpen />);
    const toggle = screen.getByRole('button', { name: 'Leitfragen zu diesem Kapitel' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Wen spricht das Leitbild an?')).toBeTruthy();
    expect(screen.getByText(hint)).toBeTruthy();
    expect(toggle.getAttribute('aria-controls')).toBe(screen.getByText(hint).closest('div')?.id);
    await userEvent.setup().click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('Wen spricht das Leitbild an?')).toBeNull();
    expect(screen.queryByText(hint)).toBeNull();
  });

  it('remembers the choice per concept and part, over the default', async () => {
    const { unmount } = render(
      <GuidingQuestions questions={questions} hint={hint} storageKey="c1:leitbild" defaultOpen />,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Leitfragen zu diesem Kapitel' }));
    unmount();
    render(<GuidingQuestions questions={questions} storageKey="c1:leitbild" defaultOpen />);
    expect(screen.getByRole('button').getAttribute('aria-expanded')).toBe('false');
    cleanup();
    // Another part, or the same part of another concept, keeps its own default.
    render(<GuidingQuestions questions={questions} storageKey="c2:leitbild" defaultOpen />);
    expect(screen.getByRole('button').getAttribute('aria-expanded')).toBe('true');
    cleanup();
    render(<GuidingQuestions questions={questions} storageKey="c1:ziele" defaultOpen={false} />);
    const toggle = screen.getByRole('button');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await userEvent.setup().click(toggle);
    cleanup();
    render(<GuidingQuestions questions={questions} storageKey="c1:ziele" defaultOpen={false} />);
    expect(screen.getByRole('button').getAttribute('aria-expanded')).toBe('true');
  });

  it('shows nothing without questions or hint', () => {
    const { container } = render(<GuidingQuestions questions={[]} defaultOpen />);
    expect(container.innerHTML).toBe('');
  });

  it('opens beside an empty chapter, stays folded beside a written one, and shows the template’s hint', () => {
    const [doc] = syncedDocs();
    const empty = addChapter(doc, { title: 'Leitbild', guidingQuestions: questions });
    const written = addChapter(doc, {
      title: 'Ziele',
      guidingQuestions: ['Was soll sich ändern?'],
      body: paragraph('Text'),
    });
    render(
      <ChapterView doc={doc} chapterId={empty} editable user={user} hint={hint} guideKey="c1:leitbild" />,
    );
    expect(screen.getByText(hint)).toBeTruthy();
    cleanup();
    render(<ChapterView doc={doc} chapterId={written} editable user={user} guideKey="c1:ziele" />);
    expect(
      screen.getByRole('button', { name: 'Leitfragen zu diesem Kapitel' }).getAttribute('aria-expanded'),
    ).toBe('false');
    expect(screen.queryByText('Was soll sich ändern?')).toBeNull();
  });
});
