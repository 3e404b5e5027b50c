import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInWorkspace } from '../test/factories.tsx';
import { CreateLinkForm } from './CreateLinkForm.tsx';

describe('CreateLinkForm', () => {
  afterEach(cleanup);

  it('offers owner links and warns what an owner can do once that role is chosen', async () => {
    const user = userEvent.setup();
    renderInWorkspace(<CreateLinkForm onCreated={() => {}} />, { role: 'owner' });
    const ownerChoice = screen.getByRole('radio', { name: 'Eigentümer*in' });
    expect(screen.getByRole('radio', { name: 'Bearbeiten' })).toHaveProperty('checked', true);
    expect(screen.queryByText(/gibt alle Rechte/)).toBeNull();
    await user.click(ownerChoice);
    const warning = screen.getByText(/Ein Eigentümer\*in-Link gibt alle Rechte/);
    expect(ownerChoice.getAttribute('aria-describedby')).toBe(warning.id);
    expect(warning.getAttribute('role')).toBe('status');
  });
});
