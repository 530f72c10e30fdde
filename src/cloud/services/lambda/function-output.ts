import type { LambdaBehaviour, LambdaFunction } from '../../core/world';

/** FunctionConfiguration as the Lambda API returns it, plus the simulator's Behaviour. */
export type FunctionConfiguration = {
  FunctionName: string;
  FunctionArn: string;
  Runtime: string;
  Role: string;
  Handler: string;
  CodeSize: number;
  Description: string;
  Timeout: number;
  MemorySize: number;
  LastModified: string;
  CodeSha256: string;
  Version: '$LATEST';
  TracingConfig: { Mode: 'PassThrough' };
  RevisionId: string;
  State: 'Active';
  LastUpdateStatus: 'Successful';
  PackageType: 'Zip';
  Architectures: ['x86_64'];
  EphemeralStorage: { Size: 512 };
  LoggingConfig: { LogFormat: 'Text'; LogGroup: string };
  /** Not in AWS: what the simulated code does. */
  Behaviour: LambdaBehaviour;
};

/** Functions are Active at once here; AWS shows Pending for a few seconds after CreateFunction. */
export function functionConfiguration(fn: LambdaFunction): FunctionConfiguration {
  return {
    FunctionName: fn.functionName, FunctionArn: fn.functionArn, Runtime: fn.runtime, Role: fn.role, Handler: fn.handler,
    CodeSize: fn.codeSize, Description: fn.description, Timeout: fn.timeout, MemorySize: fn.memorySize,
    LastModified: fn.lastModified, CodeSha256: fn.codeSha256, Version: '$LATEST', TracingConfig: { Mode: 'PassThrough' },
    RevisionId: fn.revisionId, State: 'Active', LastUpdateStatus: 'Successful', PackageType: 'Zip', Architectures: ['x86_64'],
    EphemeralStorage: { Size: 512 }, LoggingConfig: { LogFormat: 'Text', LogGroup: logGroupOf(fn.functionName) },
    Behaviour: fn.behaviour,
  };
}

/** Where a function's logs go (facts §9). */
export const logGroupOf = (functionName: string) => `/aws/lambda/${functionName}`;
