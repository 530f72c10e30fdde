// AWS managed policy documents are split into this many lazily loaded chunks. The generator and the
// runtime both call policyChunk(), so a policy's chunk is known from its name alone (no lookup table).
// Hash buckets keep chunks even in size; grouping by first letter would put most policies under "A".
export const POLICY_CHUNK_COUNT = 64;

/** The chunk ("00".."63") holding a policy's document: FNV-1a of the name, modulo the chunk count. */
export function policyChunk(policyName: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < policyName.length; i++) {
    hash ^= policyName.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return String(hash % POLICY_CHUNK_COUNT).padStart(2, '0');
}
