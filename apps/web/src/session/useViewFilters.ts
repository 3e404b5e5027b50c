import type { MeasuresFilter, MeasuresSort } from '@werkbank/editor';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** How one concept's lists are filtered and sorted in this tab. */
export interface ConceptViewFilters {
  measures?: MeasuresFilter;
  measuresSort?: MeasuresSort | null;
  /** The matrix's field of action filter (a field id, `-` for none, absent for all). */
  matrixField?: string;
}

/** The filters of the measures overview and the matrix, per concept: session state, never the concept. */
export interface ViewFiltersState {
  byConcept: Record<string, ConceptViewFilters>;
  set(conceptId: string, patch: ConceptViewFilters): void;
}

/**
 * Kept per concept in the tab's sessionStorage, so a filter is still set when the person comes back to the view,
 * reloads, or returns from another concept, and is gone with the tab rather than hiding measures days later.
 */
export const useViewFilters = create<ViewFiltersState>()(
  persist(
    (set) => ({
      byConcept: {},
      set: (conceptId, patch) =>
        set((s) => ({ byConcept: { ...s.byConcept, [conceptId]: { ...s.byConcept[conceptId], ...patch } } })),
    }),
    {
      name: 'werkbank.viewFilters',
      storage: createJSONStorage(() => window.sessionStorage),
      partialize: (s) => ({ byConcept: s.byConcept }),
    },
  ),
);
