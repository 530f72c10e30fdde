import type { CliService } from './command';
import { cloudformationService } from './services/cloudformation';
import { dynamodbService } from './services/dynamodb';
import { ec2Service } from './services/ec2';
import { iamService } from './services/iam';
import { lambdaService } from './services/lambda';
import { logsService } from './services/logs';
import { s3Service } from './services/s3';
import { s3apiService } from './services/s3api';
import { stsService } from './services/sts';

/** Every `aws SERVICE`: one file each under services/ (configure is handled on its own). */
export const SERVICES: readonly CliService[] = [cloudformationService, dynamodbService, ec2Service, iamService, lambdaService, logsService, s3Service, s3apiService, stsService];

export function serviceNamed(name: string): CliService | undefined {
  return SERVICES.find((s) => s.name === name);
}
