import { useEffect } from 'react';
import type { Awareness } from 'y-protocols/awareness';

/** Tells the others (awareness `field`) which text field this person is in, while they are in it. */
export function useFieldFocus(
  awareness: Awareness | null | undefined,
  fieldKey: string,
): { onFocus: () => void; onBlur: () => void } {
  useEffect(
    () => () => {
      if (awareness?.getLocalState()?.field === fieldKey) awareness.setLocalStateField('field', null);
    },
    [awareness, fieldKey],
  );
  return {
    onFocus: () => awareness?.setLocalStateField('field', fieldKey),
    onBlur: () => {
      if (awareness?.getLocalState()?.field === fieldKey) awareness.setLocalStateField('field', null);
    },
  };
}
