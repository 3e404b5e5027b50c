/** A badge's short text on screen, its full text for screen readers and as tooltip. */
export function NavBadgeText({ visible, spoken }: { visible: string; spoken: string }) {
  return (
    <>
      <span aria-hidden="true" title={spoken}>
        {visible}
      </span>{' '}
      <span className="visually-hidden">{spoken}</span>
    </>
  );
}
