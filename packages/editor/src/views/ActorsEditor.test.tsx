import { fireEvent, render, screen } from '@testing-library/react';
import { readActors } from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ActorsEditor } from './ActorsEditor.tsx';

describe('ActorsEditor', () => {
  it('adds an actor and edits name and type', () => {
    const doc = new Y.Doc();
    render(<ActorsEditor doc={doc} editable />);
    fireEvent.click(screen.getByRole('button', { name: 'Akteur hinzufügen' }));
    const name = screen.getByLabelText('Name (Neuer Akteur)');
    fireEvent.focus(name);
    fireEvent.change(name, { target: { value: 'Synagogengemeinde' } });
    fireEvent.blur(name);
    fireEvent.change(screen.getByLabelText('Art (Synagogengemeinde)'), {
      target: { value: 'jewish-community' },
    });
    expect(readActors(doc)).toMatchObject([{ name: 'Synagogengemeinde', type: 'jewish-community' }]);
    fireEvent.click(screen.getByRole('button', { name: '„Synagogengemeinde“ löschen' }));
    expect(readActors(doc)).toEqual([]);
  });
});
