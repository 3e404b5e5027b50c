import { updateWorkshop, type WorkshopJSON } from '@werkbank/concept';
import { useId } from 'react';
import type * as Y from 'yjs';
import { useT } from '../i18n/useT.ts';
import { WorkshopFields } from './WorkshopFields.tsx';

/** Props of `WorkshopSettings`. */
export interface WorkshopSettingsProps {
  doc: Y.Doc;
  workshop: WorkshopJSON;
  editable: boolean;
}

/** A workshop's setup, live: each field writes through `updateWorkshop` and shows others' changes at once. */
export function WorkshopSettings({ doc, workshop, editable }: WorkshopSettingsProps) {
  const t = useT();
  const id = useId();
  return (
    <section className="wb-section wb-workshop-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('editor.workshop.settings')}</h2>
      <WorkshopFields
        doc={doc}
        value={workshop}
        editable={editable}
        onChange={(patch) => updateWorkshop(doc, workshop.id, patch)}
      />
    </section>
  );
}
