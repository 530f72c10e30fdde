// Per-service IAM data (actions, resource types, condition keys), loaded lazily one service at a time.
// The policy engine is synchronous: callers load the services they need first, then read them with
// loadedService().
import { catalogGeneration, catalogSource } from './catalog-source';
import type { ServiceCatalog, ServiceSummary } from './catalog-types';

type State = {
  generation: number;
  byPrefix: Map<string, ServiceSummary>; // lower-case prefix -> summary
  loaded: Map<string, ServiceCatalog>;
  pending: Map<string, Promise<ServiceCatalog | undefined>>;
};
let state: State | undefined;

function current(): State {
  if (state?.generation !== catalogGeneration()) {
    const services = catalogSource().services();
    state = {
      generation: catalogGeneration(),
      byPrefix: new Map(services.map((s) => [s.prefix.toLowerCase(), s])),
      loaded: new Map(),
      pending: new Map(),
    };
  }
  return state;
}

/** Every service, sorted by prefix. */
export function listServices(): ServiceSummary[] {
  return [...current().byPrefix.values()];
}

/** A service by its prefix ("s3", "EC2"), case-insensitive. */
export function findService(prefix: string): ServiceSummary | undefined {
  return current().byPrefix.get(prefix.toLowerCase());
}

/** Loads one service's data (once; later calls share the same promise). Undefined for an unknown prefix. */
export function loadService(prefix: string): Promise<ServiceCatalog | undefined> {
  const s = current();
  const key = prefix.toLowerCase();
  const summary = s.byPrefix.get(key);
  if (!summary) return Promise.resolve(undefined);
  let pending = s.pending.get(key);
  if (!pending) {
    pending = catalogSource().service(summary.prefix).then((service) => {
      if (service) s.loaded.set(key, service);
      return service;
    }, (error: unknown) => {
      s.pending.delete(key); // a failed chunk download may be retried
      throw error;
    });
    s.pending.set(key, pending);
  }
  return pending;
}

/** A service's data if already loaded (see loadService), else undefined. */
export function loadedService(prefix: string): ServiceCatalog | undefined {
  return current().loaded.get(prefix.toLowerCase());
}

export async function loadServices(prefixes: string[]): Promise<void> {
  await Promise.all(prefixes.map(loadService));
}

/** Every service (about 5 MB raw): for tools and whole-catalogue features such as wildcard expansion across services. */
export async function loadAllServices(): Promise<void> {
  await loadServices(listServices().map((s) => s.prefix));
}
