import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  deleteGoal,
  deleteMeasure,
  type FieldOfActionJSON,
  readFieldsOfAction,
  readGoals,
  readMeasures,
} from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import { applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { MeasureSheet } from '../measures/MeasureSheet.tsx';
import { smallConcept, syncedDocs, userAwareness } from '../test/factories.ts';
import { DeleteFieldDialog } from '../views/DeleteFieldDialog.tsx';
import { TrashList } from './TrashList.tsx';

const kim = { name: 'Kim Berger', color: '#b35900' };
const jo = { name: 'Jo Sander', color: '#1f6feb' };

describe('the Papierkorb in the editor', () => {
  it('tells the person whose measure disappears who deleted it, and restores it there with its goal links', async () => {
    const [a, b] = syncedDocs();
    const ids = smallConcept(a);
    render(<MeasureSheet doc={b} measureId={ids.m1} editable user={jo} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Fortbildung für Vereine');

    act(() => deleteMeasure(a, ids.m1, { by: kim.name }));

    const notice = screen.getByRole('status');
    expect(notice.textContent).toMatch(
      /^Kim Berger hat die Maßnahme „M-01 Fortbildung für Vereine“ am \d{1,2}\. \p{L}+ \d{4} um \d{2}:\d{2} gelöscht\./u,
    );
    expect(readMeasures(a).map((m) => m.id)).not.toContain(ids.m1);

    await userEvent
      .setup({ delay: null })
      .click(within(notice).getByRole('button', { name: 'Wiederherstellen' }));

    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Fortbildung für Vereine');
    const restored = readMeasures(a).find((m) => m.id === ids.m1);
    expect(restored?.goalIds).toEqual([ids.h1]);
    expect(restored?.lead).toBe('Sportbund');
  });

  it('shows no way back to someone who may only read', () => {
    const [a, b] = syncedDocs();
    const ids = smallConcept(a);
    render(<MeasureSheet doc={b} measureId={ids.m1} editable={false} user={jo} />);
    act(() => deleteMeasure(a, ids.m1, { by: kim.name }));
    expect(screen.getByRole('status').textContent).toContain('Kim Berger hat die Maßnahme');
    expect(screen.queryByRole('button', { name: 'Wiederherstellen' })).toBeNull();
  });

  it('lists a goal deleted with its subgoals as one entry and brings all of them back, for everyone', async () => {
    const [a, b] = syncedDocs();
    const ids = smallConcept(a);
    act(() => deleteGoal(a, ids.mittler, 'delete', { by: kim.name }));
    render(<TrashList doc={b} editable />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item?.textContent).toContain('mit 2 weiteren');
    expect(item?.textContent).toContain('Gelöscht von Kim Berger am');
    expect(item?.textContent).toContain('Wird am');
    const restore = within(item as HTMLElement).getByRole('button', { name: /wiederherstellen$/ });

    await userEvent.setup({ delay: null }).click(restore);

    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByText('Der Papierkorb ist leer.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/^Ziel „.+“ ist wiederhergestellt\./);
    for (const doc of [a, b])
      expect(readGoals(doc).map((g) => g.id)).toEqual(expect.arrayContaining([ids.mittler, ids.h1, ids.h2]));
    expect(readMeasures(a).find((m) => m.id === ids.m1)?.goalIds).toEqual([ids.h1]);
  });

  it('warns before deleting a field of action someone else is working in right now', () => {
    const doc = new Y.Doc();
    const ids = smallConcept(doc);
    const local = userAwareness(doc, 'Ich');
    const remote = userAwareness(new Y.Doc(), 'Aylin Demir', '#b35900');
    remote.setLocalStateField('location', { kind: 'fieldOfAction', id: ids.sport });
    applyAwarenessUpdate(local, encodeAwarenessUpdate(remote, [remote.clientID]), 'remote');
    const fields = readFieldsOfAction(doc);
    const sport = fields.find((f) => f.id === ids.sport) as FieldOfActionJSON;
    const { container, rerender } = render(
      <DeleteFieldDialog
        field={sport}
        others={fields.filter((f) => f !== sport)}
        awareness={local}
        onConfirm={() => {}}
        onCancel={() => {}}
      />,
    );
    expect(container.textContent).toContain('Aylin Demir bearbeitet dieses Handlungsfeld gerade.');
    expect(container.textContent).toContain('Papierkorb');
    expect(container.textContent).not.toContain('nicht rückgängig');
    const bildung = fields.find((f) => f.id === ids.bildung) as FieldOfActionJSON;
    rerender(
      <DeleteFieldDialog
        field={bildung}
        others={fields.filter((f) => f !== bildung)}
        awareness={local}
        onConfirm={() => {}}
        onCancel={() => {}}
      />,
    );
    expect(container.textContent).not.toContain('Aylin');
  });
});
