import { visionFragment } from '@werkbank/concept';
import { useId } from 'react';
import type { ViewProps } from '../common/ViewProps.ts';
import { useT } from '../i18n/useT.ts';
import { PresenceDots } from '../presence/PresenceDots.tsx';
import { RichTextEditor } from '../richText/RichTextEditor.tsx';

/** Props of `VisionView`. */
export type VisionViewProps = ViewProps;

/**
 * The vision (Leitbild) of the concept as one collaborative text.
 * @example <VisionView doc={doc} editable awareness={awareness} user={user} />
 */
export function VisionView({ doc, editable, awareness, user }: VisionViewProps) {
  const t = useT();
  const id = useId();
  return (
    <article className="wb-vision" aria-labelledby={`${id}-heading`}>
      <header className="wb-view-header">
        <h2 id={`${id}-heading`}>{t('vision.heading')}</h2>
        <PresenceDots awareness={awareness} location={{ kind: 'vision' }} />
      </header>
      <p className="wb-hint">{t('vision.hint')}</p>
      <RichTextEditor
        fragment={visionFragment(doc)}
        awareness={awareness}
        user={user}
        editable={editable}
        label={t('vision.body')}
        placeholder={t('vision.placeholder')}
      />
    </article>
  );
}
