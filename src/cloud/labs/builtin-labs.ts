import { LabSchema, type Lab } from './lab-schema';
import cloudwatchLogs from './builtin/cloudwatch-logs.json';
import crossAccount from './builtin/cross-account.json';
import ec2ReadsS3 from './builtin/ec2-reads-s3.json';
import lambdaExecutionRole from './builtin/lambda-execution-role.json';
import rolesInsteadOfKeys from './builtin/roles-instead-of-keys.json';
import temporaryPermissions from './builtin/temporary-permissions.json';
import usersGroupsConsole from './builtin/users-groups-console.json';

/** The labs that ship with the product, in teaching order, validated like any imported lab file. */
export const builtinLabs: readonly Lab[] = [ec2ReadsS3, temporaryPermissions, rolesInsteadOfKeys, cloudwatchLogs, lambdaExecutionRole, crossAccount, usersGroupsConsole]
  .map((file) => LabSchema.parse(file));
