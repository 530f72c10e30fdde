import type { ArgSpec } from '../args';
import { apiCommand, merged, optional, required, type CliService } from '../command';

const profile: ArgSpec = { name: 'iam-instance-profile', type: 'structure', required: true };
const filters: ArgSpec = { name: 'filters', type: 'structure-list', listMembers: ['Values'] };
const instanceIds: ArgSpec = { name: 'instance-ids', type: 'string-list', required: true };

export const ec2Service: CliService = {
  name: 'ec2',
  commands: [
    apiCommand('describe-instances', 'ec2:DescribeInstances', [optional('instance-ids', 'string-list')], { output: merged }),
    apiCommand('describe-iam-instance-profile-associations', 'ec2:DescribeIamInstanceProfileAssociations',
      [optional('association-ids', 'string-list'), filters], { output: merged }),
    apiCommand('associate-iam-instance-profile', 'ec2:AssociateIamInstanceProfile', [profile, required('instance-id')]),
    apiCommand('replace-iam-instance-profile-association', 'ec2:ReplaceIamInstanceProfileAssociation', [profile, required('association-id')]),
    apiCommand('disassociate-iam-instance-profile', 'ec2:DisassociateIamInstanceProfile', [required('association-id')]),
    apiCommand('start-instances', 'ec2:StartInstances', [instanceIds]),
    apiCommand('stop-instances', 'ec2:StopInstances', [instanceIds]),
    apiCommand('reboot-instances', 'ec2:RebootInstances', [instanceIds]),
  ],
};
