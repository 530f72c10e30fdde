import { useGetInstanceProfile } from '../../../api/iam/get-instance-profile';
import { RouterLink } from '../../../components/router-link';
import { profileNameOf, type Instance } from './instance-row';

/**
 * The IAM Role field shows the role inside the instance's profile, linked to IAM. When the viewer may not
 * read the profile (iam:GetInstanceProfile denied), the profile's name is all the instance itself tells.
 */
export function IamRoleField({ instance }: { instance: Instance }) {
  const profileName = profileNameOf(instance);
  const profile = useGetInstanceProfile(profileName);
  if (!profileName) return <span data-testid="instance-iam-role">-</span>;
  const role = profile.data?.InstanceProfile.Roles[0];
  return (
    <span data-testid="instance-iam-role">
      {role ? <RouterLink to={`/iam/roles/details/${encodeURIComponent(role.RoleName)}`}>{role.RoleName}</RouterLink> : profileName}
    </span>
  );
}
