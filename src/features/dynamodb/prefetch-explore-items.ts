/**
 * Explore items is where a learner goes from the Tables list or a table's page: its code (and the
 * Cloudscape parts only it uses) is fetched while the browser is idle, so "Explore table items" opens
 * at once. A page that never gets there pays only an idle-time fetch. Returns a cancel function.
 */
export function prefetchExploreItems(): () => void {
  const load = () => void import('./explore-items/explore-items-page').catch(() => undefined);
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(load, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(load, 300);
  return () => clearTimeout(timer);
}
