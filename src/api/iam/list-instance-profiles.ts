import { useQuery } from '@tanstack/react-query';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

/** The instance profiles the EC2 pages offer (Modify IAM role, Launch instances > Advanced details). */
export function useListInstanceProfiles() {
  return useQuery(cloudQuery(useConsoleSession(), 'iam:ListInstanceProfiles', {}));
}
