import { useEffect, useRef, useState } from 'react';

const HIGHLIGHT_MS = 4_000;
const ANNOUNCE_EVERY_MS = 8_000;

/**
 * Which proposals just arrived (to highlight them for a few seconds) and a sentence about them for screen
 * readers, at most every 8 s so a busy room does not drown the announcements. What is there on first load
 * counts as known.
 */
export function useArrivals(
  proposals: readonly { id: string; text: string }[] | null,
  describe: (fresh: readonly { text: string }[]) => string,
): { fresh: ReadonlySet<string>; announcement: string } {
  const known = useRef<Set<string> | null>(null);
  const waiting = useRef<{ text: string }[]>([]);
  const lastAnnounced = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const describeRef = useRef(describe);
  describeRef.current = describe;
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (!proposals) return;
    if (!known.current) {
      known.current = new Set(proposals.map((p) => p.id));
      return;
    }
    const seen = known.current;
    const arrived = proposals.filter((p) => !seen.has(p.id));
    if (arrived.length === 0) return;
    for (const p of arrived) seen.add(p.id);
    const ids = arrived.map((p) => p.id);
    setFresh((current) => new Set([...current, ...ids]));
    setTimeout(() => {
      setFresh((current) => new Set([...current].filter((id) => !ids.includes(id))));
    }, HIGHLIGHT_MS);
    waiting.current.push(...arrived);
    const announce = () => {
      timer.current = undefined;
      lastAnnounced.current = Date.now();
      setAnnouncement(describeRef.current(waiting.current));
      waiting.current = [];
    };
    if (timer.current) return;
    const wait = lastAnnounced.current + ANNOUNCE_EVERY_MS - Date.now();
    if (wait <= 0) announce();
    else timer.current = setTimeout(announce, wait);
  }, [proposals]);

  useEffect(() => () => clearTimeout(timer.current), []);
  return { fresh, announcement };
}
