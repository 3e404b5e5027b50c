import { useT } from '@werkbank/editor';
import { type ReactNode, useId } from 'react';

interface SearchFormProps {
  query: string;
  onQuery: (query: string) => void;
  /** The results, shown below the field while there is a query. */
  children?: ReactNode;
  className?: string;
}

/** A search landmark (role on a div: jsdom and older screen readers do not know the `search` element) with one field; the results follow as the person types, Escape clears it. */
export function SearchForm({ query, onQuery, children, className }: SearchFormProps) {
  const t = useT();
  const id = useId();
  return (
    // biome-ignore lint/a11y/useSemanticElements: jsdom and some screen readers do not know the search element yet
    <div role="search" className={`search-form ${className ?? ''}`} aria-label={t('web.search.label')}>
      <form onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={id} className="visually-hidden">
          {t('web.search.label')}
        </label>
        <input
          id={id}
          type="search"
          value={query}
          placeholder={t('web.search.placeholder')}
          autoComplete="off"
          onChange={(event) => onQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onQuery('');
          }}
        />
      </form>
      {query.trim() !== '' && children}
    </div>
  );
}
