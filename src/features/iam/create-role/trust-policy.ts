import { selectedUseCase, type RoleDraft } from './role-draft';

type Statement = Record<string, unknown>;

/** The trust policy the console generates for the chosen trusted entity (facts §2.3), as the JSON text shown. */
export function trustPolicyText(draft: RoleDraft, accountId: string): string {
  if (draft.entity === 'custom') return draft.customPolicy;
  return JSON.stringify({ Version: '2012-10-17', Statement: [statementFor(draft, accountId)] }, null, 4);
}

function statementFor(draft: RoleDraft, accountId: string): Statement {
  switch (draft.entity) {
    case 'account': {
      const account = draft.accountChoice === 'this' ? accountId : draft.otherAccount.trim();
      const condition: Record<string, Record<string, string>> = {};
      if (draft.requireExternalId) condition.StringEquals = { 'sts:ExternalId': draft.externalId };
      if (draft.requireMfa) condition.Bool = { 'aws:MultiFactorAuthPresent': 'true' };
      // Console-created roles carry an empty Condition when no option is ticked (facts §2.3).
      return { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'sts:AssumeRole', Condition: condition };
    }
    case 'web-identity':
      return {
        Effect: 'Allow',
        Principal: { Federated: draft.webIdentityProvider },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringEquals: { [`${draft.webIdentityProvider}:aud`]: draft.audience } },
      };
    default:
      return { Effect: 'Allow', Principal: { Service: selectedUseCase(draft)?.principal ?? 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' };
  }
}

/** Why step 1 cannot go on yet, as an i18n key (undefined when it can). */
export function trustedEntityProblem(draft: RoleDraft): string | undefined {
  if (draft.entity === 'saml') return 'createRole.noSamlProvider';
  if (draft.entity === 'account' && draft.accountChoice === 'other' && !/^\d{12}$/.test(draft.otherAccount.trim())) {
    return 'createRole.accountIdInvalid';
  }
  if (draft.entity === 'account' && draft.requireExternalId && !/^[\w+=,.@:/-]{2,1224}$/.test(draft.externalId)) {
    return 'createRole.externalIdInvalid';
  }
  if (draft.entity === 'web-identity' && draft.audience.trim() === '') return 'createRole.audienceRequired';
  return undefined;
}
