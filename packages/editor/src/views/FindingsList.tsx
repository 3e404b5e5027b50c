import type { ConceptTemplate } from '@werkbank/concept';
import type * as Y from 'yjs';

/** Props of `FindingsList`. */
export interface FindingsListProps {
  doc: Y.Doc;
  /** Opens the goal or measure a finding is about. */
  onOpen: (entity: 'goal' | 'measure', id: string) => void;
  template?: Pick<ConceptTemplate, 'requiredMeasureFields'>;
}

/** (in progress) */
export function FindingsList({ doc }: FindingsListProps) {
  return <section data-doc={doc.clientID} />;
}
