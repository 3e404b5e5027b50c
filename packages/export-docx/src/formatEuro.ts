/** An amount in euros as Germans write it (`12.500 €`, `1.234,50 €`); '' for none. */
export function formatEuro(amount: number | null): string {
  if (amount === null) return '';
  const [whole = '0', cents] = amount.toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return cents === '00' ? `${grouped} €` : `${grouped},${cents} €`;
}
