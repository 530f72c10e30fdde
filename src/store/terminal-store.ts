import { create } from 'zustand';
import type { Host } from '../cloud/cli/host';

/**
 * Each terminal's machine state (files such as ~/.aws/credentials, variables, history), keyed by host:
 * an instance id, or `cloudshell:ACCOUNT:REGION`. Kept for the browser session, apart from the world,
 * because it is the machine's disk rather than AWS state.
 */
type TerminalStore = {
  hosts: Record<string, Host>;
  setHost: (key: string, host: Host) => void;
};

export const useTerminalStore = create<TerminalStore>()((set) => ({
  hosts: {},
  setHost: (key, host) => set((state) => ({ hosts: { ...state.hosts, [key]: host } })),
}));
