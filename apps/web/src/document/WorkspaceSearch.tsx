import { lazy, Suspense, useDeferredValue, useState } from 'react';
import { SearchForm } from './SearchForm.tsx';

// The search reads the whole concept: its code loads with the first query, not with the workspace.
const WorkspaceSearchResults = lazy(() =>
  import('./WorkspaceSearchResults.tsx').then((m) => ({ default: m.WorkspaceSearchResults })),
);

/** Search across the concept from any editing view; a hit opens the view that edits it. */
export function WorkspaceSearch() {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  return (
    <SearchForm query={query} onQuery={setQuery} className="workspace-search">
      <Suspense fallback={null}>
        <WorkspaceSearchResults query={deferred} onDone={() => setQuery('')} />
      </Suspense>
    </SearchForm>
  );
}
