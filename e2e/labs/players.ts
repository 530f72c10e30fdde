import type { LabPlayer } from './lab-player';
import { play as cloudformationServiceRole } from './cloudformation-service-role';
import { play as crossAccount } from './cross-account';
import { play as cloudwatchLogs } from './cloudwatch-logs';
import { play as ec2ReadsS3 } from './ec2-reads-s3';
import { play as lambdaDynamodb } from './lambda-dynamodb';
import { play as lambdaExecutionRole } from './lambda-execution-role';
import { play as rolesInsteadOfKeys } from './roles-instead-of-keys';
import { play as temporaryPermissions } from './temporary-permissions';
import { play as usersGroupsConsole } from './users-groups-console';

/** Every built-in lab's player, by lab id (the demo kit picks one). */
export const players: Record<string, LabPlayer> = {
  'ec2-reads-s3': ec2ReadsS3,
  'temporary-permissions': temporaryPermissions,
  'roles-instead-of-keys': rolesInsteadOfKeys,
  'cloudwatch-logs': cloudwatchLogs,
  'lambda-execution-role': lambdaExecutionRole,
  'cross-account': crossAccount,
  'users-groups-console': usersGroupsConsole,
  'cloudformation-service-role': cloudformationServiceRole,
  'lambda-dynamodb': lambdaDynamodb,
};
