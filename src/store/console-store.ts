import { create } from 'zustand';
import { advanceClock } from '../cloud/core/clock';
import type { World } from '../cloud/core/world';
import { scenarios, type ScenarioName } from '../cloud/scenarios/scenarios';
import { defaultSession, type ConsoleSession } from './session';

export type NoticeKind = 'corrupted' | 'reset' | 'storageFull';

/** A flash message raised by a page (e.g. "Role X created."), as an i18n key and its values. */
export type Flash = {
  id: string;
  type: 'success' | 'error' | 'warning' | 'info';
  key: string;
  values?: Record<string, string>;
  /** Text shown as is, untranslated: an AWS error message. */
  detail?: string;
  action?: { key: string; href: string };
};

export type ConsoleState = {
  world: World;
  session: ConsoleSession;
  notices: NoticeKind[];
  flashes: Flash[];
  /** The language shown now: from `?lang=`, the saved choice or the browser (see i18n/detectLanguage). */
  language: 'en' | 'ko';
  /** The raw text of a stored state that failed validation, kept so the learner can download it. */
  unreadableState?: string;
};

type Actions = {
  setWorld: (world: World) => void;
  setSession: (update: Partial<ConsoleSession>) => void;
  chooseLanguage: (language: 'en' | 'ko') => void;
  /** Moves simulated time on (session expiry, credential rotation); views refresh as after any change. */
  advanceClock: (ms: number) => void;
  reset: (scenario?: ScenarioName) => void;
  /** Reset to a world built elsewhere (a scenario loaded on demand). */
  resetTo: (world: World) => void;
  notify: (kind: NoticeKind) => void;
  dismiss: (kind: NoticeKind) => void;
  /** Shows a flash message; one with the same id replaces the old one. */
  flash: (flash: Flash) => void;
  dismissFlash: (id: string) => void;
  /** Replaces world and session with a copy saved by another tab. */
  adopt: (state: Pick<ConsoleState, 'world' | 'session'>) => void;
};

export type ConsoleStore = ConsoleState & Actions;

export function freshState(scenario: ScenarioName = 'default'): Pick<ConsoleState, 'world' | 'session'> {
  return { world: scenarios[scenario](), session: defaultSession() };
}

export const useConsoleStore = create<ConsoleStore>()((set, get) => ({
  ...freshState(),
  notices: [],
  flashes: [],
  language: 'en',
  setWorld: (world) => set({ world }),
  setSession: (update) => set((state) => ({ session: { ...state.session, ...update } })),
  advanceClock: (ms) => set((state) => {
    const world = advanceClock(state.world, ms);
    return { world: { ...world, revision: world.revision + 1 } };
  }),
  chooseLanguage: (language) => set((state) => ({ language, session: { ...state.session, language } })),
  reset: (scenario) => get().resetTo(freshState(scenario).world),
  resetTo: (world) =>
    set((state) => ({
      // A reset is a change like any other: a higher revision tells every view (and tab) to refresh.
      // The language is the learner's preference, not part of the simulation.
      world: { ...world, revision: state.world.revision + 1 },
      session: { ...defaultSession(), language: state.session.language },
      notices: ['reset'],
    })),
  notify: (kind) => set((state) => ({ notices: state.notices.includes(kind) ? state.notices : [...state.notices, kind] })),
  dismiss: (kind) => set((state) => ({ notices: state.notices.filter((n) => n !== kind) })),
  flash: (flash) => set((state) => ({ flashes: [...state.flashes.filter((f) => f.id !== flash.id), flash] })),
  dismissFlash: (id) => set((state) => ({ flashes: state.flashes.filter((f) => f.id !== id) })),
  adopt: ({ world, session }) => set({ world, session }),
}));

// Small named selectors, so components re-render only for what they show.
export const selectSession = (s: ConsoleStore) => s.session;
export const selectIdentity = (s: ConsoleStore) => s.session.identity;
export const selectRegion = (s: ConsoleStore) => s.session.region;
export const selectRevision = (s: ConsoleStore) => s.world.revision;
export const selectLanguage = (s: ConsoleStore) => s.language;
export const selectNotices = (s: ConsoleStore) => s.notices;
export const selectFlashes = (s: ConsoleStore) => s.flashes;
export const selectSignedOut = (s: ConsoleStore) => s.session.signedOut === true;
export const selectRememberedAccount = (s: ConsoleStore) => s.session.rememberedAccount;
export const selectUnreadableState = (s: ConsoleStore) => s.unreadableState;
