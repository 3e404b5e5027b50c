import type { ListMarker } from './readListMarker.ts';

function kindOf(marker: ListMarker): string {
  return marker.ordered ? `${marker.olType ?? '1'}${marker.glyph.slice(-1)}` : marker.glyph;
}

/**
 * Nesting levels of typed list markers in a row, read the way Word's default lists are built: the first
 * kind of marker is level 1, a new kind goes one level deeper (`·` → `o` → `§`, `1.` → `a)`), and a kind
 * seen before returns to its level.
 * @example markerLevels([·, o, ·]) // [1, 2, 1]
 */
export function markerLevels(markers: ListMarker[]): number[] {
  const open: string[] = [];
  return markers.map((marker) => {
    const kind = kindOf(marker);
    const index = open.indexOf(kind);
    if (index >= 0) open.length = index + 1;
    else open.push(kind);
    return open.length;
  });
}
