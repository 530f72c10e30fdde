import { z } from 'zod';

/** limit + nextToken, as the Logs list calls take them; the token is an opaque-looking offset. */
export function PageInput(max: number) {
  return {
    limit: z.number().int().min(1, 'Member must have value greater than or equal to 1')
      .max(max, `Member must have value less than or equal to ${max}`).optional(),
    nextToken: z.string().optional(),
  };
}

const PREFIX = 'Y2xvdWR3YXRjaC1sb2dz'; // stands in for AWS's opaque tokens

export function page<T>(all: readonly T[], input: { limit?: number; nextToken?: string }, fallback: number): { items: T[]; nextToken?: string } {
  const start = input.nextToken?.startsWith(PREFIX) ? Number.parseInt(input.nextToken.slice(PREFIX.length), 10) || 0 : 0;
  const end = start + (input.limit ?? fallback);
  return { items: all.slice(start, end), ...(end < all.length && { nextToken: `${PREFIX}${end}` }) };
}
