/** The participant page and projector wall of a workshop link. */
export interface WorkshopUrls {
  participate: string;
  wall: string;
}

/**
 * The addresses of a workshop link; the token stays in the fragment (never sent to a server).
 * @example workshopUrls('https://wb.example', 'c1', 'w1', 'tok').wall // 'https://wb.example/w/c1/w1/wand#t=tok'
 */
export function workshopUrls(
  origin: string,
  conceptId: string,
  workshopId: string,
  token: string,
): WorkshopUrls {
  const base = `${origin}/w/${encodeURIComponent(conceptId)}/${encodeURIComponent(workshopId)}`;
  const fragment = `#t=${encodeURIComponent(token)}`;
  return { participate: `${base}${fragment}`, wall: `${base}/wand${fragment}` };
}
