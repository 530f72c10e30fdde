import type { CheckContext } from './check-context';
import type { PolicyType } from './finding';

// Limits in characters, whitespace not counted (facts §3.2, §3.4, Appendix A).
const DEFAULT_LIMITS: Record<PolicyType, number> = {
  identity: 6144, // managed policy
  'role-trust': 2048, // default quota (adjustable to 4,096)
  'service-control': 5120, // (unconfirmed here) the Organizations SCP quota
  resource: 20480, // (unconfirmed) S3 bucket policies allow 20 KB
};

/** Characters of a JSON text without the whitespace between tokens (whitespace inside strings counts). */
export function policySize(text: string): number {
  let size = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      size++;
      if (c === 0x5c) { size++; i++; } // backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) {
      size++;
      if (c === 0x22) inString = true;
    }
  }
  return size;
}

export function checkSize(ctx: CheckContext, text: string, maxSize?: number): void {
  const limit = maxSize ?? DEFAULT_LIMITS[ctx.policyType];
  if (policySize(text) <= limit) return;
  const code = ctx.policyType === 'role-trust' ? 'policySizeTrust' : 'policySizeIdentity';
  ctx.sink.add(code, { offset: 0, length: text.length }, '', limit);
}
