import type { Caller } from '../core/caller';
import type { World } from '../core/world';
import { addUser, baseWorld, DEFAULT_ACCOUNT_ID, DEFAULT_REGION } from './build';
import { ROOT_EMAIL, ROOT_PASSWORD_HASH, STUDENT_PASSWORD_HASH } from './console-passwords';
import { updateAccount } from '../core/world-update';

export const START_TIME = '2026-01-15T09:00:00Z';
export const STUDENT_CREATED = '2024-01-26T03:12:45Z';

/**
 * The account (with its root user's email and password) and its IAM user `student` (AmazonEC2FullAccess,
 * IAMFullAccess, a console password), nothing else.
 */
export function createEmptyWorld(): World {
  const base = baseWorld(START_TIME, DEFAULT_ACCOUNT_ID, 'acme-training', [DEFAULT_REGION]);
  const world = updateAccount(base, DEFAULT_ACCOUNT_ID, (a) => { a.root = { email: ROOT_EMAIL, passwordHash: ROOT_PASSWORD_HASH }; });
  return addUser(world, DEFAULT_ACCOUNT_ID, {
    userName: 'student', createDate: STUDENT_CREATED, policies: ['AmazonEC2FullAccess', 'IAMFullAccess'],
    passwordHash: STUDENT_PASSWORD_HASH,
  });
}

/** The IAM user the console signs in as in the seed worlds. */
export const STUDENT: Caller = { type: 'user', accountId: DEFAULT_ACCOUNT_ID, userName: 'student' };
