import Box from '@cloudscape-design/components/box';
import { useListInstanceProfilesForRole } from '../../../api/iam/role-permissions';

/** The Summary shows "Instance profile ARN" only for a role that is in an instance profile (facts §1.3). */
export function InstanceProfileArn({ roleName, label }: { roleName: string; label: string }) {
  const { data } = useListInstanceProfilesForRole(roleName);
  const profile = data?.InstanceProfiles[0];
  if (!profile) return null;
  return (
    <div>
      <Box variant="awsui-key-label">{label}</Box>
      <div>{profile.Arn}</div>
    </div>
  );
}
