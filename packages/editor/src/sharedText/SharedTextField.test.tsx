import { act, render, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { keys, readMeasures, updateMeasure } from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import { applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { smallConcept, userAwareness } from '../test/factories.ts';
import { SharedTextField } from './SharedTextField.tsx';

/** Two replicas whose updates wait in a queue until `deliver`, like two people typing over a slow network. */
function queuedDocs() {
  const a = new Y.Doc();
  const ids = smallConcept(a);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const queue: [Y.Doc, Uint8Array][] = [];
  a.on('update', (update: Uint8Array, origin: unknown) => origin !== 'net' && queue.push([b, update]));
  b.on('update', (update: Uint8Array, origin: unknown) => origin !== 'net' && queue.push([a, update]));
  function deliver(): void {
    act(() => {
      for (const [doc, update] of queue.splice(0)) Y.applyUpdate(doc, update, 'net');
    });
  }
  return { a, b, m1: ids.m1, deliver };
}

function leadField(doc: Y.Doc, id: string) {
  return (
    <SharedTextField
      label="Federführung"
      target={{ doc, collection: keys.MEASURES, id, field: 'lead' }}
      editable
      onCommit={(lead) => updateMeasure(doc, id, { lead })}
    />
  );
}

function leadOf(doc: Y.Doc, id: string): string {
  return readMeasures(doc).find((m) => m.id === id)?.lead ?? '';
}

describe('SharedTextField', () => {
  it('keeps both texts when two people type into the same field at once', async () => {
    const { a, b, m1, deliver } = queuedDocs();
    updateMeasure(a, m1, { lead: '' });
    deliver();
    const one = render(<div>{leadField(a, m1)}</div>);
    const two = render(<div>{leadField(b, m1)}</div>);
    const inA = within(one.container).getByLabelText('Federführung') as HTMLInputElement;
    const inB = within(two.container).getByLabelText('Federführung') as HTMLInputElement;
    const ui = userEvent.setup({ delay: null });
    await ui.type(inA, 'Integrationsbüro');
    await ui.type(inB, 'Jugendamt');
    deliver();
    for (const doc of [a, b]) {
      expect(leadOf(doc, m1)).toContain('Integrationsbüro');
      expect(leadOf(doc, m1)).toContain('Jugendamt');
    }
    expect(inA.value).toBe(leadOf(a, m1));
    expect(inB.value).toBe(leadOf(b, m1));
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(a));
    expect(leadOf(reloaded, m1)).toBe(leadOf(b, m1));
  });

  it('merges typing into a field stored the old way (a plain string) once it is upgraded', async () => {
    const { a, b, m1, deliver } = queuedDocs();
    act(() => {
      a.transact(() => a.getMap<Y.Map<unknown>>(keys.MEASURES).get(m1)?.set('lead', 'Amt'));
    });
    deliver();
    expect(leadOf(b, m1)).toBe('Amt');
    const one = render(<div>{leadField(a, m1)}</div>);
    const inA = within(one.container).getByLabelText('Federführung') as HTMLInputElement;
    expect(inA.value).toBe('Amt');
    await userEvent.setup({ delay: null }).type(inA, ' 32');
    deliver();
    expect(leadOf(b, m1)).toBe('Amt 32');
    expect(a.getMap<Y.Map<unknown>>(keys.MEASURES).get(m1)?.get('lead')).toBeInstanceOf(Y.Text);
  });

  it('shows who else is typing in the field, in their colour', () => {
    const { a, m1 } = queuedDocs();
    const local = userAwareness(a, 'Ich');
    const { container } = render(
      <SharedTextField
        label="Federführung"
        target={{ doc: a, collection: keys.MEASURES, id: m1, field: 'lead' }}
        editable
        awareness={local}
        onCommit={(lead) => updateMeasure(a, m1, { lead })}
      />,
    );
    expect(container.textContent).not.toContain('schreibt hier');
    act(() => {
      const remote = userAwareness(new Y.Doc(), 'Aylin', '#b35900');
      remote.setLocalStateField('field', `${keys.MEASURES}/${m1}/lead`);
      applyAwarenessUpdate(local, encodeAwarenessUpdate(remote, [remote.clientID]), 'remote');
      const elsewhere = userAwareness(new Y.Doc(), 'Jonas');
      elsewhere.setLocalStateField('field', `${keys.MEASURES}/${m1}/title`);
      applyAwarenessUpdate(local, encodeAwarenessUpdate(elsewhere, [elsewhere.clientID]), 'remote');
    });
    expect(container.textContent).toContain('Aylin schreibt hier');
    expect(container.textContent).not.toContain('Jonas');
  });

  it('keeps showing the stored text and what the other types while their name is shown on the field', () => {
    const { a, b, m1, deliver } = queuedDocs();
    act(() => updateMeasure(a, m1, { lead: 'Amt' }));
    deliver();
    const local = userAwareness(a, 'Ich');
    const { getByLabelText } = render(
      <SharedTextField
        label="Federführung"
        target={{ doc: a, collection: keys.MEASURES, id: m1, field: 'lead' }}
        editable
        awareness={local}
        onCommit={(lead) => updateMeasure(a, m1, { lead })}
      />,
    );
    const before = getByLabelText('Federführung') as HTMLInputElement;
    expect(before.value).toBe('Amt');
    const remote = userAwareness(b, 'Aylin', '#b35900');
    act(() => {
      remote.setLocalStateField('field', `${keys.MEASURES}/${m1}/lead`);
      applyAwarenessUpdate(local, encodeAwarenessUpdate(remote, [remote.clientID]), 'remote');
    });
    // The name appearing above the field must not put a new, empty input in its place.
    const during = getByLabelText('Federführung') as HTMLInputElement;
    expect(during).toBe(before);
    expect(during.value).toBe('Amt');
    updateMeasure(b, m1, { lead: 'Amt für Integration' });
    deliver();
    expect(during.value).toBe('Amt für Integration');
    act(() => {
      remote.setLocalStateField('field', null);
      applyAwarenessUpdate(local, encodeAwarenessUpdate(remote, [remote.clientID]), 'remote');
    });
    expect(getByLabelText('Federführung')).toBe(before);
    expect(before.value).toBe('Amt für Integration');
  });

  it('tells the others which field this person is in while focused', async () => {
    const { a, m1 } = queuedDocs();
    const local = userAwareness(a, 'Ich');
    const { getByLabelText } = render(
      <SharedTextField
        label="Federführung"
        target={{ doc: a, collection: keys.MEASURES, id: m1, field: 'lead' }}
        editable
        awareness={local}
        onCommit={(lead) => updateMeasure(a, m1, { lead })}
      />,
    );
    const ui = userEvent.setup({ delay: null });
    await ui.click(getByLabelText('Federführung'));
    expect(local.getLocalState()?.field).toBe(`${keys.MEASURES}/${m1}/lead`);
    await ui.tab();
    expect(local.getLocalState()?.field).toBeNull();
  });
});
