import { z } from 'zod';
import { create } from 'zustand';
import { LabSchema, type Lab } from '../cloud/labs/lab-schema';
import type { LabProgress } from '../cloud/labs/progress';
import { LABS_KEY } from './lab-storage-key';


const ProgressSchema = z.object({
  labId: z.string(), startedAt: z.string(), done: z.array(z.string()), completedAt: z.string().optional(), afterEventId: z.string().optional(),
});
const StoredLabsSchema = z.object({
  version: z.literal(1),
  imported: z.array(LabSchema),
  active: ProgressSchema.optional(),
  completed: z.record(z.string(), z.string()),
});
type StoredLabs = z.infer<typeof StoredLabsSchema>;

type LabStore = StoredLabs & {
  setActive: (progress: LabProgress | undefined) => void;
  addImported: (lab: Lab) => void;
  markCompleted: (labId: string, at: string) => void;
};

const empty: StoredLabs = { version: 1, imported: [], completed: {} };

/** Lab progress and imported labs, kept in localStorage (validated on load; a bad copy is ignored). */
export const useLabStore = create<LabStore>()((set) => ({
  ...empty,
  setActive: (active) => set(active ? { active } : { active: undefined }),
  addImported: (lab) => set((s) => ({ imported: [...s.imported.filter((l) => l.id !== lab.id), lab] })),
  markCompleted: (labId, at) => set((s) => ({ completed: { ...s.completed, [labId]: at } })),
}));

export function connectLabStorage(storage: Storage = window.localStorage) {
  try {
    const parsed = StoredLabsSchema.safeParse(JSON.parse(storage.getItem(LABS_KEY) ?? 'null'));
    if (parsed.success) useLabStore.setState(parsed.data);
  } catch {
    // Unreadable lab progress starts over; the simulation itself is kept apart and unaffected.
  }
  return useLabStore.subscribe((s) => {
    const data: StoredLabs = { version: 1, imported: s.imported, completed: s.completed, ...(s.active && { active: s.active }) };
    try {
      storage.setItem(LABS_KEY, JSON.stringify(data));
    } catch {
      // Storage full: the console store already tells the learner; progress stays in memory.
    }
  });
}
