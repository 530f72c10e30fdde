import { describe, expect, it } from 'vitest';
import type { Caller } from '../../core/caller';
import { dispatch } from '../../core/dispatch';
import { createDefaultWorld } from '../../scenarios/default';
import { cloudTrailRecord } from '../cloudtrail/cloudtrail-event';

const PROD = '444455556666';
const session: Caller = { type: 'assumed-role', accountId: PROD, roleName: 'ProdReadOnly', sessionName: 'admin', issuedAt: 0, expiresAt: Date.parse('2030-01-01') };

describe('the console\'s SwitchRole and ExitRole records', () => {
  it('SwitchRole: from signin, as the role session, in the role\'s account, naming where it came from', () => {
    const { world } = dispatch(createDefaultWorld(), session, 'signin:SwitchRole',
      { SwitchFrom: 'arn:aws:iam::123456789012:user/admin' }, { source: 'console', region: 'ap-northeast-2' });
    expect(cloudTrailRecord(world.events.at(-1)!)).toMatchObject({
      eventSource: 'signin.amazonaws.com', eventName: 'SwitchRole', eventType: 'AwsConsoleSignIn', recipientAccountId: PROD,
      userIdentity: { type: 'AssumedRole', arn: `arn:aws:sts::${PROD}:assumed-role/ProdReadOnly/admin` },
      responseElements: { SwitchRole: 'Success' },
      additionalEventData: { SwitchFrom: 'arn:aws:iam::123456789012:user/admin', RedirectTo: expect.stringContaining('console.aws.amazon.com') },
    });
  });

  it('ExitRole: recorded as the session being left', () => {
    const { world } = dispatch(createDefaultWorld(), session, 'signin:ExitRole', {}, { source: 'console', region: 'ap-northeast-2' });
    expect(cloudTrailRecord(world.events.at(-1)!)).toMatchObject({
      eventName: 'ExitRole', userIdentity: { type: 'AssumedRole' }, responseElements: { ExitRole: 'Success' },
    });
  });
});
