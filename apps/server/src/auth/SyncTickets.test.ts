import { describe, expect, it } from 'vitest';
import { SyncTickets } from './SyncTickets.ts';

describe('SyncTickets', () => {
  it('redeems a ticket once, for its concept, before it expires', () => {
    const tickets = new SyncTickets(30_000, 2);
    const once = tickets.issue('c1', 'hash', 0) as string;
    expect(tickets.redeem(once, 'c1', 1000)).toBe('hash');
    expect(tickets.redeem(once, 'c1', 1000)).toBeNull();
    const late = tickets.issue('c1', 'hash', 0) as string;
    expect(tickets.redeem(late, 'c1', 30_000)).toBeNull();
    const elsewhere = tickets.issue('c1', 'hash', 0) as string;
    expect(tickets.redeem(elsewhere, 'c2', 0)).toBeNull();
  });

  it('issues no more than its maximum at once, and makes room from expired ones', () => {
    const tickets = new SyncTickets(30_000, 2);
    tickets.issue('c1', 'h', 0);
    tickets.issue('c1', 'h', 0);
    expect(tickets.issue('c1', 'h', 10)).toBeNull();
    expect(tickets.issue('c1', 'h', 30_000)).not.toBeNull();
  });
});
