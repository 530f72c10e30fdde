import { useMutation, useQuery } from '@tanstack/react-query';
import { callAsConsoleAsync as call, cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

/** The instance's current association, which decides between associate, replace and disassociate. */
export function useInstanceProfileAssociation(instanceId: string) {
  return useQuery(cloudQuery(useConsoleSession(), 'ec2:DescribeIamInstanceProfileAssociations', {
    Filters: [{ Name: 'instance-id', Values: [instanceId] }],
  }));
}

/**
 * Update IAM role (facts §6.2): the console associates a profile to an instance without one, replaces
 * the association of one that has a role, and disassociates for "No IAM Role". Each is an EC2 call that
 * also needs iam:PassRole on the profile's role.
 */
export async function modifyIamRole(instanceId: string, profileArn: string | undefined) {
  const { IamInstanceProfileAssociations } = await call('ec2:DescribeIamInstanceProfileAssociations', {
    Filters: [{ Name: 'instance-id', Values: [instanceId] }],
  });
  const current = IamInstanceProfileAssociations[0];
  if (!profileArn) {
    if (current) await call('ec2:DisassociateIamInstanceProfile', { AssociationId: current.AssociationId });
    return;
  }
  if (current) {
    if (current.IamInstanceProfile.Arn === profileArn) return;
    await call('ec2:ReplaceIamInstanceProfileAssociation', { AssociationId: current.AssociationId, IamInstanceProfile: { Arn: profileArn } });
  } else {
    await call('ec2:AssociateIamInstanceProfile', { InstanceId: instanceId, IamInstanceProfile: { Arn: profileArn } });
  }
}

export function useModifyIamRole() {
  return useMutation({ mutationFn: ({ instanceId, profileArn }: { instanceId: string; profileArn?: string }) => modifyIamRole(instanceId, profileArn) });
}
