import type { ConceptJSON, SearchHit } from '@werkbank/concept';
import { MIN_QUERY_LENGTH, searchConcept } from '@werkbank/concept';
import { countMessage, useT } from '@werkbank/editor';
import { useMemo } from 'react';

interface SearchResultsProps {
  concept: ConceptJSON;
  query: string;
  /** Where a hit leads: an anchor in the document view, or the editing view of its entity. */
  hrefFor: (hit: SearchHit) => string;
  onChoose: (hit: SearchHit, event: React.MouseEvent<HTMLAnchorElement>) => void;
}

/** The hits of a search across the concept as a list, their number announced as it changes. */
export function SearchResults({ concept, query, hrefFor, onChoose }: SearchResultsProps) {
  const t = useT();
  const hits = useMemo(() => searchConcept(concept, query), [concept, query]);
  const tooShort = query.trim().length < MIN_QUERY_LENGTH;
  return (
    <div className="search-results">
      <p role="status" className="search-count">
        {tooShort
          ? ''
          : hits.length === 0
            ? t('web.search.none', { query: query.trim() })
            : countMessage(t, 'web.search.count', hits.length)}
      </p>
      {hits.length > 0 && (
        <ol aria-label={t('web.search.results')}>
          {hits.map((hit, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: one hit per field, and an entity may repeat
            <li key={index}>
              <a href={hrefFor(hit)} onClick={(event) => onChoose(hit, event)}>
                <span className="search-hit-title">
                  {hit.title || t(`web.search.kind.${hit.target.kind}`)}
                </span>
                <span className="search-hit-where">
                  {t(`web.search.kind.${hit.target.kind}`)} · {t(`web.search.field.${hit.field}`)}
                </span>
              </a>
              <p className="search-hit-text">
                {hit.before}
                <mark>{hit.match}</mark>
                {hit.after}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
