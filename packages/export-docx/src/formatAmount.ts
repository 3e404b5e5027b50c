/** An amount in euros as Germans write it, without the sign (`12.500`, `1.234,50`): one word in a table cell. */
export function formatAmount(amount: number): string {
  const [whole = '0', cents] = amount.toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return cents === '00' ? grouped : `${grouped},${cents}`;
}
