import type { Light, MeasureJSON } from '@werkbank/concept';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { EditorUser } from '../common/EditorUser.ts';

/** What each section of the measure sheet gets. */
export interface MeasureSectionProps {
  doc: Y.Doc;
  measure: Light<MeasureJSON>;
  editable: boolean;
  awareness?: Awareness | null;
  user: EditorUser;
}
