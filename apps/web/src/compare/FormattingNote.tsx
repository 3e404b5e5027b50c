import type { FieldChange } from '@werkbank/concept';
import { useT } from '@werkbank/editor';

/** "Formatierung geändert: fett, Überschrift" under a rich-text field whose words kept another format. */
export function FormattingNote({ change }: { change: FieldChange }) {
  const t = useT();
  if (!change.formatting?.length) return null;
  const aspects = change.formatting.map((a) => t(`web.compare.formatting.${a}`)).join(', ');
  return <p className="compare-formatting">{t('web.compare.formatting', { aspects })}</p>;
}
