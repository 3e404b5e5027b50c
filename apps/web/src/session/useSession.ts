import type { Locale } from '@werkbank/editor';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Profile } from '../storage/profile.ts';

/** Session state: how this person looks at the concept right now, never the concept itself. */
export interface SessionState {
  locale: Locale;
  profile: Profile | null;
  navOpen: boolean;
  navExpanded: Record<string, boolean>;
  shareOpen: boolean;
  exportOpen: boolean;
  profileOpen: boolean;
  /** A measure just added here, whose sheet should open with the cursor in its title. */
  titleFocusFor: string | null;
  /** A sentence for screen readers about what just happened, shown while the address is still `path`. */
  announcement: { text: string; path: string } | null;
  setLocale(locale: Locale): void;
  setProfile(profile: Profile): void;
  setNavOpen(open: boolean): void;
  setNavExpanded(id: string, expanded: boolean): void;
  setShareOpen(open: boolean): void;
  setExportOpen(open: boolean): void;
  setProfileOpen(open: boolean): void;
  setTitleFocusFor(measureId: string | null): void;
  announce(text: string, path: string): void;
}

/** The app's session store; the language, the profile and the folded navigation sections survive reloads. */
export const useSession = create<SessionState>()(
  persist(
    (set) => ({
      locale: 'de',
      profile: null,
      navOpen: false,
      navExpanded: {},
      shareOpen: false,
      exportOpen: false,
      profileOpen: false,
      titleFocusFor: null,
      announcement: null,
      setLocale: (locale) => set({ locale }),
      setProfile: (profile) => set({ profile, profileOpen: false }),
      setNavOpen: (navOpen) => set({ navOpen }),
      setNavExpanded: (id, expanded) => set((s) => ({ navExpanded: { ...s.navExpanded, [id]: expanded } })),
      setShareOpen: (shareOpen) => set({ shareOpen }),
      setExportOpen: (exportOpen) => set({ exportOpen }),
      setProfileOpen: (profileOpen) => set({ profileOpen }),
      setTitleFocusFor: (titleFocusFor) => set({ titleFocusFor }),
      announce: (text, path) => set({ announcement: { text, path } }),
    }),
    {
      name: 'werkbank.session',
      storage: createJSONStorage(() => window.localStorage),
      partialize: (s) => ({ locale: s.locale, profile: s.profile, navExpanded: s.navExpanded }),
    },
  ),
);
