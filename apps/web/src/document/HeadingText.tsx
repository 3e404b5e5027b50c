import type { OutlineEntry } from './documentOutline.ts';

/** A heading's text with its number set apart, as the table of contents shows it too. */
export function HeadingText({ entry }: { entry: OutlineEntry }) {
  return (
    <>
      {entry.number && <span className="document-number">{entry.number}</span>}
      {entry.number && ' '}
      {entry.title}
    </>
  );
}
