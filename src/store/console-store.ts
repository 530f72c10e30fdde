import { create } from 'zustand';
import type { World } from '../cloud/core/world';
import { scenarios, type ScenarioName } from '../cloud/scenarios/scenarios';
import { defaultSession, type ConsoleSession } from './session';

export type NoticeKind = 'corrupted' | 'reset' | 'storageFull';

export type ConsoleState = {
  world: World;
  session: ConsoleSession;
  notices: NoticeKind[];
  /** The language shown now: from `?lang=`, the saved choice or the browser (see i18n/detectLanguage). */
  language: 'en' | 'ko';
  /** The raw text of a stored state that failed validation, kept so the learner can download it. */
  unreadableState?: string;
};

type Actions = {
  setWorld: (world: World) => void;
  setSession: (update: Partial<ConsoleSession>) => void;
  chooseLanguage: (language: 'en' | 'ko') => void;
  reset: (scenario?: ScenarioName) => void;
  notify: (kind: NoticeKind) => void;
  dismiss: (kind: NoticeKind) => void;
  /** Replaces world and session with a copy saved by another tab. */
  adopt: (state: Pick<ConsoleState, 'world' | 'session'>) => void;
};

export type ConsoleStore = ConsoleState & Actions;

export function freshState(scenario: ScenarioName = 'default'): Pick<ConsoleState, 'world' | 'session'> {
  return { world: scenarios[scenario](), session: defaultSession() };
}

export const useConsoleStore = create<ConsoleStore>()((set) => ({
  ...freshState(),
  notices: [],
  language: 'en',
  setWorld: (world) => set({ world }),
  setSession: (update) => set((state) => ({ session: { ...state.session, ...update } })),
  chooseLanguage: (language) => set((state) => ({ language, session: { ...state.session, language } })),
  reset: (scenario) =>
    set((state) => {
      const fresh = freshState(scenario);
      // A reset is a change like any other: a higher revision tells every view (and tab) to refresh.
      // The language is the learner's preference, not part of the simulation.
      return {
        world: { ...fresh.world, revision: state.world.revision + 1 },
        session: { ...fresh.session, language: state.session.language },
        notices: ['reset'],
      };
    }),
  notify: (kind) => set((state) => ({ notices: state.notices.includes(kind) ? state.notices : [...state.notices, kind] })),
  dismiss: (kind) => set((state) => ({ notices: state.notices.filter((n) => n !== kind) })),
  adopt: ({ world, session }) => set({ world, session }),
}));

// Small named selectors, so components re-render only for what they show.
export const selectSession = (s: ConsoleStore) => s.session;
export const selectIdentity = (s: ConsoleStore) => s.session.identity;
export const selectRegion = (s: ConsoleStore) => s.session.region;
export const selectRevision = (s: ConsoleStore) => s.world.revision;
export const selectLanguage = (s: ConsoleStore) => s.language;
export const selectNotices = (s: ConsoleStore) => s.notices;
export const selectUnreadableState = (s: ConsoleStore) => s.unreadableState;
