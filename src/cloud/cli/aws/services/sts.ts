import { apiCommand, optional, required, type CliService } from '../command';

export const stsService: CliService = {
  name: 'sts',
  commands: [
    apiCommand('get-caller-identity', 'sts:GetCallerIdentity', []),
    apiCommand('assume-role', 'sts:AssumeRole', [
      required('role-arn'), required('role-session-name'), optional('policy'), optional('duration-seconds', 'integer'),
      optional('external-id'), optional('serial-number'), optional('token-code'),
    ]),
    apiCommand('decode-authorization-message', 'sts:DecodeAuthorizationMessage', [required('encoded-message')]),
  ],
};
