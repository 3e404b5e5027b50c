import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addProposal, addWorkshop, promoteProposal } from '@werkbank/concept';
import { describe, expect, it, vi } from 'vitest';
import { smallConcept } from '../test/factories.ts';
import { MeasureSheet } from './MeasureSheet.tsx';

describe('MeasureOrigin', () => {
  it('names the workshop and the proposal and links back to the workshop', async () => {
    const { doc } = smallConcept();
    const workshop = addWorkshop(doc, { title: 'Demokratiekonferenz' });
    const proposal = addProposal(doc, workshop, { text: 'Beratung im Verein' });
    const measureId = promoteProposal(doc, proposal);
    const onOpenWorkshop = vi.fn();
    render(
      <MeasureSheet
        doc={doc}
        measureId={measureId}
        editable
        user={{ name: 'Jonas', color: '#8250df' }}
        workshopHref={(id) => `/c/x/workshop/${id}`}
        onOpenWorkshop={onOpenWorkshop}
      />,
    );
    const link = screen.getByRole('link', { name: 'Aus „Demokratiekonferenz“' });
    expect(link.getAttribute('href')).toBe(`/c/x/workshop/${workshop}`);
    expect(link.closest('p')?.textContent).toMatch('Beitrag: „Beratung im Verein“');
    await userEvent.setup({ delay: null }).click(link);
    expect(onOpenWorkshop).toHaveBeenCalledWith(workshop);
  });
});
