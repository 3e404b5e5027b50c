import { render, screen } from '@testing-library/react';
import { addChapter, findEntity, keys, setVision, visionFragment } from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { paragraph } from '../test/factories.ts';
import { BoundEditor } from './BoundEditor.tsx';

const user = { name: 'Ayşe', color: '#1f6feb' };

describe('BoundEditor', () => {
  it('follows `editable` with contenteditable and aria-readonly', () => {
    const doc = new Y.Doc();
    setVision(doc, paragraph('Text'));
    const props = { fragment: visionFragment(doc), user, label: 'Leitbild' };
    const { rerender } = render(<BoundEditor {...props} editable={false} />);
    const box = () => screen.getByRole('textbox', { name: 'Leitbild' });
    expect(box().getAttribute('aria-readonly')).toBe('true');
    rerender(<BoundEditor {...props} editable />);
    expect(box().getAttribute('contenteditable')).toBe('true');
    expect(box().getAttribute('aria-readonly')).toBe('false');
    rerender(<BoundEditor {...props} editable={false} />);
    expect(box().getAttribute('aria-readonly')).toBe('true');
  });

  // useEditor destroys the editor of the previous render before this component's own effects run: here because
  // the fragment changed, likewise when a commit comes later than the 1 ms Tiptap waits before destroying an
  // editor nobody mounted. An effect reading `editor.view.dom` then threw "The editor view is not available".
  it('survives its editor being replaced in the render that changes `editable`', () => {
    const doc = new Y.Doc();
    setVision(doc, paragraph('Leitbild'));
    const id = addChapter(doc, { title: 'Ausgangslage', body: paragraph('Kapitel') });
    const body = findEntity(doc, keys.CHAPTERS, id)?.get('body') as Y.XmlFragment;
    const { rerender } = render(
      <BoundEditor fragment={visionFragment(doc)} user={user} editable={false} label="Text" />,
    );
    rerender(<BoundEditor fragment={body} user={user} editable label="Text" />);
    const box = screen.getByRole('textbox', { name: 'Text' });
    expect(box.textContent).toBe('Kapitel');
    expect(box.getAttribute('contenteditable')).toBe('true');
    expect(box.getAttribute('aria-readonly')).toBe('false');
  });
});
