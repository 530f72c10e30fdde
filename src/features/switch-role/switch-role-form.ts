/** The Switch Role page's fields, prefilled from the "Link to switch roles in console" URL (facts §5.1). */
export type SwitchRoleForm = { account: string; roleName: string; displayName: string; color: string };

// (unconfirmed) palette: older consoles offered about five colours; the current list is not documented.
export const DISPLAY_COLORS = ['', 'red', 'orange', 'yellow', 'green', 'blue'] as const;
export const COLOR_VALUES: Record<string, string> = { red: '#d13212', orange: '#ec7211', yellow: '#f2c94c', green: '#1d8102', blue: '#0073bb' };

export function formFromUrl(search: string): SwitchRoleForm {
  const params = new URLSearchParams(search);
  const color = params.get('color') ?? '';
  return {
    account: params.get('account') ?? '',
    roleName: params.get('roleName') ?? '',
    displayName: params.get('displayName') ?? '',
    color: (DISPLAY_COLORS as readonly string[]).includes(color) ? color : '',
  };
}

/** A 12-digit id, hyphenated as the console menu shows it or not, or an IAM account alias (3-63 characters). */
const ACCOUNT_ID = /^(\d{12}|\d{4}-\d{4}-\d{4})$/;
const ACCOUNT_ALIAS = /^[a-z0-9](?:[a-z0-9]|-(?!-)){1,61}[a-z0-9]$/;

/** Field problems before anything is sent, as i18n keys. Path + role name ≤ 64 (a browser-cookie limit). */
export function formProblems(form: SwitchRoleForm): Partial<Record<keyof SwitchRoleForm, string>> {
  const problems: Partial<Record<keyof SwitchRoleForm, string>> = {};
  if (!ACCOUNT_ID.test(form.account.trim()) && !ACCOUNT_ALIAS.test(form.account.trim())) problems.account = 'switchRole.accountInvalid';
  if (!/^([\w+=,.@-]+\/)*[\w+=,.@-]+$/.test(form.roleName.trim()) || form.roleName.trim().length > 64) problems.roleName = 'switchRole.roleNameInvalid';
  return problems;
}
