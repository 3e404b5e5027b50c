import type { Awareness } from 'y-protocols/awareness';

/** Props of `PresenceAvatars`. */
export interface PresenceAvatarsProps {
  awareness: Awareness | null | undefined;
  /** Avatars shown before "and n more" (default 5). */
  max?: number;
}

/** (in progress) */
export function PresenceAvatars({ max }: PresenceAvatarsProps) {
  return <div data-max={max} />;
}
