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

/**
 * Seed worlds whose code is loaded on demand, from the URL only (`?scenario=large`): too big a generator
 * for the first page load. Not for labs, which start their scenario synchronously.
 */
export const scenariosOnDemand = {
  large: () => import('./large').then((m) => m.createLargeWorld),
} satisfies Record<string, () => Promise<() => World>>;

export type OnDemandScenarioName = keyof typeof scenariosOnDemand;

export function isOnDemandScenarioName(name: string): name is OnDemandScenarioName {
  return Object.hasOwn(scenariosOnDemand, name);
}
