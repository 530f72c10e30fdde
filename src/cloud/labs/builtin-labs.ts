import { LabSchema, type Lab } from './lab-schema';
import cloudformationServiceRole from './builtin/cloudformation-service-role.json';
import cloudwatchLogs from './builtin/cloudwatch-logs.json';
import crossAccount from './builtin/cross-account.json';
import ec2ReadsS3 from './builtin/ec2-reads-s3.json';
import lambdaDynamodb from './builtin/lambda-dynamodb.json';
import lambdaExecutionRole from './builtin/lambda-execution-role.json';
import rolesInsteadOfKeys from './builtin/roles-instead-of-keys.json';
import temporaryPermissions from './builtin/temporary-permissions.json';
import usersGroupsConsole from './builtin/users-groups-console.json';

/** The labs that ship with the product, in teaching order, validated like any imported lab file. */
export const builtinLabs: readonly Lab[] = [ec2ReadsS3, temporaryPermissions, rolesInsteadOfKeys, cloudwatchLogs, lambdaExecutionRole, crossAccount, usersGroupsConsole,
  cloudformationServiceRole, lambdaDynamodb]
  .map((file) => LabSchema.parse(file));
