import { useEffect, useState } from 'react';
import { fetchTemplates, type TemplateSummary } from '../api/fetchTemplates.ts';

/** The server's templates; `error` holds the failure when they could not be loaded (for `errorMessage`). */
export function useTemplates(): { templates: TemplateSummary[] | null; error: unknown } {
  const [templates, setTemplates] = useState<TemplateSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const abort = new AbortController();
    fetchTemplates(abort.signal).then(setTemplates, (e: unknown) => {
      if ((e as Error | null)?.name !== 'AbortError') setError(e);
    });
    return () => abort.abort();
  }, []);
  return { templates, error };
}
