import { z } from 'zod';

/** Who the console runs as. Mirrors the cloud's Caller for the identities a console can have. */
const AccountId = z.string().regex(/^\d{12}$/);
const UserIdentitySchema = z.object({ type: z.literal('user'), accountId: AccountId, userName: z.string().min(1) });
const RootIdentitySchema = z.object({ type: z.literal('root'), accountId: AccountId });

/** Who signed in with a password: an IAM user or the root user. */
export const SignedInSchema = z.discriminatedUnion('type', [UserIdentitySchema, RootIdentitySchema]);
export type SignedIn = z.infer<typeof SignedInSchema>;

export const ConsoleIdentitySchema = z.discriminatedUnion('type', [
  UserIdentitySchema,
  RootIdentitySchema,
  z.object({
    type: z.literal('assumed-role'),
    accountId: AccountId,
    roleName: z.string().min(1),
    sessionName: z.string().min(2),
    issuedAt: z.number(),
    expiresAt: z.number(),
  }),
]);
export type ConsoleIdentity = z.infer<typeof ConsoleIdentitySchema>;

/** A role the learner switched to, as the console remembers it (facts §5.2: the last 5). */
export const SwitchedRoleSchema = z.object({
  accountId: AccountId,
  roleName: z.string().min(1),
  displayName: z.string(),
  color: z.string().optional(),
});
export type SwitchedRole = z.infer<typeof SwitchedRoleSchema>;
export const ROLE_HISTORY_SIZE = 5;

/** One signed-in identity of the browser: who signed in, who it acts as now, and its role history. */
export const IdentitySessionSchema = z.object({
  /** The identity every console request runs as: the signed-in user, or a role session after Switch role. */
  identity: ConsoleIdentitySchema,
  /** Who signed in; every switch is authorized with this identity's credentials (facts §5.3). */
  signedInAs: SignedInSchema.default({ type: 'user', accountId: '123456789012', userName: 'student' }),
  /** While switched: the display name and colour shown in the navigation bar. */
  activeRole: SwitchedRoleSchema.optional(),
  roleHistory: z.array(SwitchedRoleSchema).max(ROLE_HISTORY_SIZE).default([]),
});
export type IdentitySession = z.infer<typeof IdentitySessionSchema>;

/** Up to 5 identities signed in at once in one browser (facts §7.2). */
export const MAX_SESSIONS = 5;

export const SessionSchema = IdentitySessionSchema.extend({
  /** After Sign out: every console page leads to the sign-in page until someone signs in. */
  signedOut: z.boolean().optional(),
  /** "Turn on multi-session support" was chosen: Add session keeps the current identity signed in. */
  multiSession: z.boolean().optional(),
  /** The other signed-in identities while multi-session is on (the current one is above). */
  otherSessions: z.array(IdentitySessionSchema).max(MAX_SESSIONS - 1).optional(),
  /** "Remember this account" on the sign-in page: the account ID or alias it prefills. */
  rememberedAccount: z.string().max(63).optional(),
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
