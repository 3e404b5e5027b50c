/**
 * Where a caret at `position` in `before` belongs in `after`, when `after` differs from `before` in one stretch
 * (someone else's edit): before that stretch it stays, after it it moves by the change in length, inside it it
 * goes to the stretch's end.
 */
export function shiftPosition(before: string, after: string, position: number): number {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  if (position <= start) return position;
  let end = 0;
  while (
    end < shorter - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  )
    end++;
  if (position >= before.length - end) return position + after.length - before.length;
  return after.length - end;
}
