import { z } from 'zod';

/** Who the console runs as. Mirrors the cloud's Caller for the identities a console can have. */
export const ConsoleIdentitySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('user'), accountId: z.string().regex(/^\d{12}$/), userName: z.string().min(1) }),
  z.object({
    type: z.literal('assumed-role'),
    accountId: z.string().regex(/^\d{12}$/),
    roleName: z.string().min(1),
    sessionName: z.string().min(2),
    issuedAt: z.number(),
    expiresAt: z.number(),
  }),
]);

export const SessionSchema = z.object({
  identity: ConsoleIdentitySchema,
  region: z.string().min(1),
  /** The language the learner chose in the top bar; absent until they choose. */
  language: z.enum(['en', 'ko']).optional(),
});

export type ConsoleSession = z.infer<typeof SessionSchema>;

export const DEFAULT_REGION = 'ap-northeast-2';

export function defaultSession(): ConsoleSession {
  return { identity: { type: 'user', accountId: '123456789012', userName: 'student' }, region: DEFAULT_REGION };
}
