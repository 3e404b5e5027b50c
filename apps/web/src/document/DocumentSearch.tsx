import type { ConceptJSON } from '@werkbank/concept';
import { useDeferredValue, useState } from 'react';
import { documentAnchor } from './documentAnchor.ts';
import { jumpTo } from './jumpTo.ts';
import { SearchForm } from './SearchForm.tsx';
import { SearchResults } from './SearchResults.tsx';

/** Search in the document on show: a hit jumps to its heading in the text. */
export function DocumentSearch({ concept }: { concept: ConceptJSON }) {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  return (
    <SearchForm query={query} onQuery={setQuery} className="document-search">
      <SearchResults
        concept={concept}
        query={deferred}
        hrefFor={(hit) => `#${documentAnchor(hit.target)}`}
        onChoose={(hit, event) => {
          if (jumpTo(documentAnchor(hit.target))) event.preventDefault();
        }}
      />
    </SearchForm>
  );
}
