import type { ConceptTemplate } from '@werkbank/concept';
import { useMeta } from '@werkbank/editor';
import { useEffect, useState } from 'react';
import { request } from '../api/request.ts';
import { useWorkspace } from './WorkspaceContext.ts';

let templates: Promise<readonly ConceptTemplate[]> | undefined;

function loadTemplates(): Promise<readonly ConceptTemplate[]> {
  templates ??= request<ConceptTemplate[]>('/api/templates').catch((error: unknown) => {
    templates = undefined;
    throw error;
  });
  return templates;
}

/** What `useConceptTemplate` gives: the template, or null while loading or when the concept has none. */
export interface ConceptTemplateState {
  template: ConceptTemplate | null;
  loading: boolean;
}

/**
 * The open concept's template (phases, checklists, required chapters and measure fields), fetched once per
 * page load and shared by every view.
 */
export function useConceptTemplate(): ConceptTemplateState {
  const { doc } = useWorkspace();
  const { templateId } = useMeta(doc);
  const [state, setState] = useState<{ id: string; list: readonly ConceptTemplate[] | null }>({
    id: templateId,
    list: null,
  });
  useEffect(() => {
    let live = true;
    loadTemplates().then(
      (list) => live && setState({ id: templateId, list }),
      () => live && setState({ id: templateId, list: [] }),
    );
    return () => {
      live = false;
    };
  }, [templateId]);
  if (!templateId) return { template: null, loading: false };
  if (!state.list) return { template: null, loading: true };
  return { template: state.list.find((t) => t.id === templateId) ?? null, loading: false };
}
