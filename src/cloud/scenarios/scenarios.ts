import type { World } from '../core/world';
import { createDefaultWorld } from './default';
import { createEmptyWorld } from './empty';
import { createAdministratorWorld, createNoPassRoleWorld, createNoPermissionsWorld } from './student-variants';
import { createTemporaryPermissionsWorld } from './temporary-permissions';

/** Seed worlds by name (e.g. `?scenario=empty`). Each call builds a fresh, identical world. */
export const scenarios = {
  default: createDefaultWorld,
  empty: createEmptyWorld,
  'no-permissions': createNoPermissionsWorld,
  administrator: createAdministratorWorld,
  'temporary-permissions': createTemporaryPermissionsWorld,
  'no-pass-role': createNoPassRoleWorld,
} satisfies Record<string, () => World>;

export type ScenarioName = keyof typeof scenarios;

export function isScenarioName(name: string): name is ScenarioName {
  return Object.hasOwn(scenarios, name);
}
