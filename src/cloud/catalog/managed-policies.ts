// AWS managed policies. Two lazily loaded parts: the index of all 1,594 (about 48 KB gzipped: only
// the Policies list needs it, so it is not in the app shell) and the policies with their default
// documents, in hash chunks (policy-chunks.ts). dispatch and the policy engine are synchronous, so
// callers load first (loadAwsManagedPolicies, loadAwsManagedPolicyIndex), then read.
import { catalogGeneration, catalogSource } from './catalog-source';
import type { ManagedPolicyEntry, ManagedPolicyWithDocument } from './catalog-types';
import { policyChunk } from './policy-chunks';

const AWS_POLICY_PREFIX = 'arn:aws:iam::aws:policy/';

type State = {
  generation: number;
  index?: ManagedPolicyEntry[];
  indexPending?: Promise<void>;
  byArn: Map<string, ManagedPolicyWithDocument>; // policies of the chunks loaded so far
  chunks: Map<string, Promise<void>>;
};
const fresh = (generation: number): State => ({ generation, byArn: new Map(), chunks: new Map() });
let state: State = fresh(-1);

function current(): State {
  if (state.generation !== catalogGeneration()) state = fresh(catalogGeneration());
  return state;
}

/** True for ARNs in the AWS-owned namespace (arn:aws:iam::aws:policy/...), known to the catalogue or not. */
export function isAwsManagedPolicyArn(arn: string): boolean {
  return arn.startsWith(AWS_POLICY_PREFIX);
}

/** Loads the index of every AWS managed policy (once). */
export function loadAwsManagedPolicyIndex(): Promise<void> {
  const s = current();
  s.indexPending ??= catalogSource().managedPolicyIndex().then((index) => {
    s.index = index;
  }, (error: unknown) => {
    s.indexPending = undefined; // a failed download may be retried
    throw error;
  });
  return s.indexPending;
}

export function isAwsManagedPolicyIndexLoaded(): boolean {
  return current().index !== undefined;
}

/** The whole index, sorted by name. Throws until loadAwsManagedPolicyIndex() has completed. */
export function listAwsManagedPolicies(): ManagedPolicyEntry[] {
  const { index } = current();
  if (!index) throw new Error('AWS managed policy index not loaded: await loadAwsManagedPolicyIndex() first');
  return index;
}

/** Loads the given policies with their documents (cheap when loaded); ARNs unknown to the catalogue are ignored. */
export async function loadAwsManagedPolicies(arns: string[]): Promise<void> {
  const s = current();
  const wanted = new Set<string>();
  for (const arn of arns) {
    if (isAwsManagedPolicyArn(arn) && !s.byArn.has(arn)) wanted.add(policyChunk(arn.slice(arn.lastIndexOf('/') + 1)));
  }
  await Promise.all([...wanted].map((chunk) => loadChunk(s, chunk)));
}

function loadChunk(s: State, chunk: string): Promise<void> {
  let pending = s.chunks.get(chunk);
  if (!pending) {
    pending = catalogSource().policyChunk(chunk).then((policies) => {
      for (const policy of Object.values(policies)) s.byArn.set(policy.arn, policy);
    }, (error: unknown) => {
      s.chunks.delete(chunk);
      throw error;
    });
    s.chunks.set(chunk, pending);
  }
  return pending;
}

/** An AWS managed policy with its default document; undefined if unknown or not loaded yet. */
export function getAwsManagedPolicy(arn: string): ManagedPolicyWithDocument | undefined {
  return current().byArn.get(arn);
}
