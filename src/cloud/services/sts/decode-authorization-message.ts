import { z } from 'zod';
import { decodeAuthorizationMessage } from '../../core/access-denied';
import { awsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { memberString } from '../../core/validation';

export type DecodeAuthorizationMessageOutput = { DecodedMessage: string };

/** Decodes the "Encoded authorization failure message" of an EC2 denial (facts §6.3); needs sts:DecodeAuthorizationMessage. */
export const decodeAuthorizationMessageOperation = defineOperation({
  service: 'sts',
  name: 'DecodeAuthorizationMessage',
  action: 'sts:DecodeAuthorizationMessage',
  access: 'read',
  input: z.object({ EncodedMessage: memberString(1, 10240) }),
  resource: () => '*',
  handler(world, input): HandlerResult<DecodeAuthorizationMessageOutput> {
    const decoded = decodeAuthorizationMessage(input.EncodedMessage.trim());
    // The message text is (unconfirmed).
    if (!decoded || typeof decoded !== 'object') {
      return awsError('sts', 'DecodeAuthorizationMessage', 'InvalidAuthorizationMessageException', 'Message is not valid', 400);
    }
    return { world, output: { DecodedMessage: JSON.stringify(decoded) } };
  },
});
