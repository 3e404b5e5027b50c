import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { userAwareness } from '../test/factories.ts';
import { PresenceAvatars } from './PresenceAvatars.tsx';

describe('PresenceAvatars', () => {
  it('names the other users and summarises the rest', () => {
    const local = userAwareness(new Y.Doc(), 'Ich');
    render(<PresenceAvatars awareness={local} max={2} />);
    expect(screen.getByText('Niemand sonst ist gerade aktiv.')).toBeTruthy();
    act(() => {
      for (const name of ['Ayşe', 'Jonas', 'Mira']) {
        const remote = userAwareness(new Y.Doc(), name);
        applyAwarenessUpdate(local, encodeAwarenessUpdate(remote, [remote.clientID]), 'remote');
      }
    });
    const list = screen.getByRole('region', { name: 'Gerade aktiv' });
    expect(list.textContent).toContain('und 1 weitere');
    expect(list.textContent).not.toContain('Ich');
  });
});
