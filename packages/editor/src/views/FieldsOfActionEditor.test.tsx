import { fireEvent, render, screen } from '@testing-library/react';
import { readFieldsOfAction, readMeasures } from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import { smallConcept } from '../test/factories.ts';
import { FieldsOfActionEditor } from './FieldsOfActionEditor.tsx';

describe('FieldsOfActionEditor', () => {
  it('adds, reorders and deletes fields of action, moving their measures elsewhere', () => {
    const { doc, m1, bildung } = smallConcept();
    render(<FieldsOfActionEditor doc={doc} editable />);
    fireEvent.click(screen.getByRole('button', { name: 'Handlungsfeld hinzufügen' }));
    expect(readFieldsOfAction(doc).map((f) => f.title)).toEqual([
      'Sport',
      'Politische Bildung',
      'Neues Handlungsfeld',
    ]);
    fireEvent.click(screen.getByRole('button', { name: '„Politische Bildung“ nach oben verschieben' }));
    expect(readFieldsOfAction(doc).map((f) => f.title)).toEqual([
      'Politische Bildung',
      'Sport',
      'Neues Handlungsfeld',
    ]);
    fireEvent.click(screen.getByRole('button', { name: '„Sport“ löschen' }));
    fireEvent.change(screen.getByLabelText(/übertragen auf/), { target: { value: bildung } });
    fireEvent.click(screen.getByRole('button', { name: 'Löschen' }));
    expect(readFieldsOfAction(doc).map((f) => f.title)).toEqual([
      'Politische Bildung',
      'Neues Handlungsfeld',
    ]);
    expect(readMeasures(doc).find((m) => m.id === m1)?.primaryFieldId).toBe(bildung);
  });
});
