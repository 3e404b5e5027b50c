/** A short text on screen (if any), its full text for screen readers and as tooltip. */
export function NavBadgeText({ visible, spoken }: { visible: string | null; spoken: string }) {
  return (
    <>
      {visible && (
        <span aria-hidden="true" title={spoken}>
          {visible}
        </span>
      )}{' '}
      <span className="visually-hidden">{spoken}</span>
    </>
  );
}
