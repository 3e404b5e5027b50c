import { useEffect, useState } from 'react';
import { fetchTemplates, type TemplateSummary } from '../api/fetchTemplates.ts';

/** The server's templates; `error` holds a message when they could not be loaded. */
export function useTemplates(): { templates: TemplateSummary[] | null; error: string | null } {
  const [templates, setTemplates] = useState<TemplateSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    fetchTemplates(abort.signal).then(setTemplates, (e: Error) => {
      if (e.name !== 'AbortError') setError(e.message);
    });
    return () => abort.abort();
  }, []);
  return { templates, error };
}
