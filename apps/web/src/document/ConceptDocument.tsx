import type { ConceptJSON } from '@werkbank/concept';
import { useT } from '@werkbank/editor';
import { type ReactNode, useEffect, useMemo } from 'react';
import { buildDocumentData } from './buildDocumentData.ts';
import { DocumentBody } from './DocumentBody.tsx';
import { DocumentSearch } from './DocumentSearch.tsx';
import { documentOutline } from './documentOutline.ts';
import { jumpTo } from './jumpTo.ts';
import { Toc } from './Toc.tsx';
import './document.css';

interface ConceptDocumentProps {
  concept: ConceptJSON;
  /** Says which state this is: the working draft, or a saved version (read-only). */
  banner: ReactNode;
}

/** One concept as a document to read: title, search, table of contents, and the text in the Word export's order. */
export function ConceptDocument({ concept, banner }: ConceptDocumentProps) {
  const t = useT();
  const data = useMemo(() => buildDocumentData(concept), [concept]);
  const outline = useMemo(() => documentOutline(data, t), [data, t]);
  const { meta } = concept;

  // Opened at a place (from "Lesen" or a shared address): go there once the workspace has placed focus.
  useEffect(() => {
    const anchor = decodeURIComponent(window.location.hash.slice(1));
    if (!anchor) return;
    const frame = requestAnimationFrame(() => jumpTo(anchor));
    return () => cancelAnimationFrame(frame);
  }, []);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: clicks on links inside are delegated, the links take the keys
    // biome-ignore lint/a11y/useKeyWithClickEvents: as above
    <div
      className="document-view"
      onClick={(event) => {
        const link = (event.target as HTMLElement).closest('a');
        const href = link?.getAttribute('href');
        if (!href?.startsWith('#') || event.defaultPrevented) return;
        if (jumpTo(decodeURIComponent(href.slice(1)))) event.preventDefault();
      }}
    >
      <header className="document-title">
        <h1>{meta.title.trim() || t('web.start.recent.untitled')}</h1>
        {meta.territory && <p className="document-territory">{meta.territory}</p>}
        {banner}
      </header>
      <div className="document-layout">
        <aside className="document-aside">
          <DocumentSearch concept={concept} />
          <Toc outline={outline} />
          <button type="button" className="button-quiet document-print" onClick={() => window.print()}>
            {t('web.document.print')}
          </button>
        </aside>
        <div className="document-text">
          <DocumentBody data={data} outline={outline} />
        </div>
      </div>
    </div>
  );
}
