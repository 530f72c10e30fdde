import { z } from 'zod';

/** Who the console runs as. Mirrors the cloud's Caller for the identities a console can have. */
const UserIdentitySchema = z.object({ type: z.literal('user'), accountId: z.string().regex(/^\d{12}$/), userName: z.string().min(1) });

export const ConsoleIdentitySchema = z.discriminatedUnion('type', [
  UserIdentitySchema,
  z.object({
    type: z.literal('assumed-role'),
    accountId: z.string().regex(/^\d{12}$/),
    roleName: z.string().min(1),
    sessionName: z.string().min(2),
    issuedAt: z.number(),
    expiresAt: z.number(),
  }),
]);

/** A role the learner switched to, as the console remembers it (facts §5.2: the last 5). */
export const SwitchedRoleSchema = z.object({
  accountId: z.string().regex(/^\d{12}$/),
  roleName: z.string().min(1),
  displayName: z.string(),
  color: z.string().optional(),
});
export type SwitchedRole = z.infer<typeof SwitchedRoleSchema>;
export const ROLE_HISTORY_SIZE = 5;

export const SessionSchema = z.object({
  /** The identity every console request runs as: the signed-in user, or a role session after Switch role. */
  identity: ConsoleIdentitySchema,
  /** The IAM user who signed in; every switch is authorized with this user's credentials (facts §5.3). */
  signedInAs: UserIdentitySchema.default({ type: 'user', accountId: '123456789012', userName: 'student' }),
  /** While switched: the display name and colour shown in the navigation bar. */
  activeRole: SwitchedRoleSchema.optional(),
  roleHistory: z.array(SwitchedRoleSchema).max(ROLE_HISTORY_SIZE).default([]),
  region: z.string().min(1),
  /** The language the learner chose in the top bar; absent until they choose. */
  language: z.enum(['en', 'ko']).optional(),
});

export type ConsoleSession = z.infer<typeof SessionSchema>;

export const DEFAULT_REGION = 'ap-northeast-2';

export function defaultSession(): ConsoleSession {
  const user = { type: 'user', accountId: '123456789012', userName: 'student' } as const;
  return { identity: user, signedInAs: user, roleHistory: [], region: DEFAULT_REGION };
}
