import { type IconName, iconPaths } from './iconPaths.ts';

/**
 * A decorative line icon in the current text colour. It is no text: the control around it carries the name
 * (its `aria-label`), and a glyph that is not part of that name would fail WCAG 2.5.3 Label in Name.
 * @example <button aria-label={t('rte.bold')}><Icon name="bold" /></button>
 */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="wb-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={iconPaths[name]} />
    </svg>
  );
}
