import { toJSON } from '@werkbank/concept';
import { useConceptSnapshot } from '@werkbank/editor';
import { navigate } from '../routing/navigate.ts';
import { routePath } from '../routing/routePath.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { SearchResults } from './SearchResults.tsx';
import { viewOfTarget } from './viewOfTarget.ts';

const everything = { richText: true };

/** The hits in the live concept; choosing one opens its editing view and closes the search. */
export function WorkspaceSearchResults({ query, onDone }: { query: string; onDone: () => void }) {
  const { doc, conceptId } = useWorkspace();
  const concept = useConceptSnapshot(doc, toJSON, everything);
  return (
    <SearchResults
      concept={concept}
      query={query}
      hrefFor={(hit) => routePath(conceptId, viewOfTarget(hit.target))}
      onChoose={(hit, event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigate(routePath(conceptId, viewOfTarget(hit.target)));
        onDone();
      }}
    />
  );
}
