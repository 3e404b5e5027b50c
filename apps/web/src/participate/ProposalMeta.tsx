import { useT } from '@werkbank/editor';

interface ProposalMetaProps {
  fields: readonly { id: string; title: string }[];
  fieldId: string | null;
  targetGroup: string;
  mergedTexts?: readonly string[];
}

/** Field of action, target group and merged duplicates under a proposal's text, where there are any. */
export function ProposalMeta({ fields, fieldId, targetGroup, mergedTexts = [] }: ProposalMetaProps) {
  const t = useT();
  const field = fields.find((f) => f.id === fieldId);
  const lines = [
    field ? t('web.participate.own.fieldOf', { title: field.title }) : '',
    targetGroup ? t('web.participate.own.targetGroupOf', { targetGroup }) : '',
    mergedTexts.length > 0 ? t('web.participate.merged', { texts: mergedTexts.join(' · ') }) : '',
  ].filter(Boolean);
  if (lines.length === 0) return null;
  return (
    <ul className="participate-meta">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
