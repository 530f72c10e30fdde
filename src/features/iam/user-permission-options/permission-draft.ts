import type { PermissionChoice } from '../../../api/iam/users';

export type PermissionOption = PermissionChoice['option'];

/** What the wizard's step remembers for every option, so switching tiles keeps each selection. */
export type PermissionDraft = { option: PermissionOption; groupNames: string[]; fromUser?: string; policyArns: string[] };

export const emptyDraft = (option: PermissionOption): PermissionDraft => ({ option, groupNames: [], policyArns: [] });

export function draftToChoice(d: PermissionDraft): PermissionChoice {
  if (d.option === 'group') return { option: 'group', groupNames: d.groupNames };
  if (d.option === 'copy') return { option: 'copy', fromUser: d.fromUser ?? '' };
  return { option: 'attach', policyArns: d.policyArns };
}

/** Whether Next can go on: a choice was made for the chosen option. */
export function draftComplete(d: PermissionDraft): boolean {
  if (d.option === 'copy') return Boolean(d.fromUser);
  return true;
}
