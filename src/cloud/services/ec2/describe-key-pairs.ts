import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { ec2Error } from './ec2-lookup';

export type KeyPairOutput = { KeyPairId: string; KeyName: string; KeyFingerprint: string; KeyType: 'rsa'; CreateTime: string; Tags: [] };
export type DescribeKeyPairsOutput = { KeyPairs: KeyPairOutput[] };

export const describeKeyPairs = defineOperation({
  service: 'ec2',
  name: 'DescribeKeyPairs',
  action: 'ec2:DescribeKeyPairs',
  access: 'read',
  input: z.object({ KeyNames: z.array(z.string()).optional() }),
  resource: () => '*',
  handler(world, input, ctx): HandlerResult<DescribeKeyPairsOutput> {
    const pairs = world.accounts[ctx.accountId]?.regions[ctx.region]?.ec2.keyPairs ?? {};
    const names = input.KeyNames ?? [];
    const missing = names.find((n) => !pairs[n]);
    if (missing !== undefined) return ec2Error('DescribeKeyPairs', 'InvalidKeyPair.NotFound', `The key pair '${missing}' does not exist`);
    const chosen = Object.values(pairs).filter((p) => names.length === 0 || names.includes(p.keyName))
      .sort((a, b) => a.keyName.localeCompare(b.keyName));
    return {
      world,
      output: {
        KeyPairs: chosen.map((p) => ({
          KeyPairId: p.keyPairId, KeyName: p.keyName, KeyFingerprint: p.fingerprint, KeyType: 'rsa', CreateTime: p.createTime, Tags: [],
        })),
      },
    };
  },
});
