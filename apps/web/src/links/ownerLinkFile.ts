import type { Translate } from '@werkbank/editor';

// Characters no file system accepts in a name.
const FORBIDDEN = '\\/:*?"<>|';

/** A file to download: its name and text. */
export interface TextFile {
  name: string;
  text: string;
}

/**
 * The small text file that keeps an owner link: the concept's title, the link and what it is for.
 * @example ownerLinkFile('Vielfalt', 'https://w.example/c/a#t=x', t).name // 'Werkbank-Link Vielfalt.txt'
 */
export function ownerLinkFile(title: string, link: string, t: Translate): TextFile {
  const safeTitle =
    [...title]
      .map((c) => (c < ' ' || FORBIDDEN.includes(c) ? ' ' : c))
      .join('')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || 'Konzept';
  const text = [
    t('web.ownerLink.fileTitle'),
    t('web.ownerLink.fileConcept', { title: title || safeTitle }),
    '',
    link,
    '',
    t('web.ownerLink.fileBody'),
    '',
  ].join('\r\n');
  return { name: t('web.ownerLink.fileName', { title: safeTitle }), text };
}
