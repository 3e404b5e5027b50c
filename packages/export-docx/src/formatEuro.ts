import { formatAmount } from './formatAmount.ts';

/** An amount in euros as Germans write it (`12.500 €`, `1.234,50 €`); '' for none. */
export function formatEuro(amount: number | null): string {
  return amount === null ? '' : `${formatAmount(amount)} €`;
}
