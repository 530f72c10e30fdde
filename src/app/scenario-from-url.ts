import { isOnDemandScenarioName, isScenarioName, scenariosOnDemand } from '../cloud/scenarios/scenarios';
import { useConsoleStore } from '../store/console-store';

/**
 * `?scenario=NAME` starts that scenario, for demos and tests that need a known world.
 * The parameter is then removed from the address, so a reload keeps the learner's changes.
 */
export async function loadScenarioFromUrl() {
  const url = new URL(window.location.href);
  const name = url.searchParams.get('scenario');
  if (name === null) return;
  if (isScenarioName(name)) useConsoleStore.getState().reset(name);
  if (isOnDemandScenarioName(name)) useConsoleStore.getState().resetTo((await scenariosOnDemand[name]())());
  url.searchParams.delete('scenario');
  window.history.replaceState(window.history.state, '', url);
}
