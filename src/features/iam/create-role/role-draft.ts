/** Everything the Create role wizard collects, kept in one object so Previous/Next never lose input. */
export type EntityType = 'service' | 'account' | 'web-identity' | 'saml' | 'custom';

export type RoleDraft = {
  entity: EntityType;
  service: string;
  useCase: string;
  accountChoice: 'this' | 'other';
  otherAccount: string;
  requireExternalId: boolean;
  externalId: string;
  requireMfa: boolean;
  webIdentityProvider: string;
  audience: string;
  customPolicy: string;
  policyArns: string[];
  roleName: string;
  description: string;
  tags: { key: string; value: string }[];
};

export type UseCase = { id: string; service: string; principal: string; description: string; policies?: string[] };

// The console's "Service or use case" choices the lessons need; the full AWS list is longer (facts §2.2).
export const useCases: UseCase[] = [
  { id: 'ec2', service: 'EC2', principal: 'ec2.amazonaws.com', description: 'Allows EC2 instances to call AWS services on your behalf.' },
  {
    id: 'ec2-ssm', service: 'EC2', principal: 'ec2.amazonaws.com',
    // (unconfirmed) description wording for this use case.
    description: 'Allows EC2 instances to call AWS services like CloudWatch and Systems Manager on your behalf.',
    policies: ['arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore'],
  },
  { id: 'lambda', service: 'Lambda', principal: 'lambda.amazonaws.com', description: 'Allows Lambda functions to call AWS services on your behalf.' },
  // (unconfirmed) description wording.
  { id: 'cloudformation', service: 'CloudFormation', principal: 'cloudformation.amazonaws.com', description: 'Allows CloudFormation to create and manage AWS stacks and resources on your behalf.' },
];

export const webIdentityProviders = ['accounts.google.com', 'graph.facebook.com', 'www.amazon.com', 'cognito-identity.amazonaws.com'];

export const CUSTOM_POLICY_TEMPLATE = `{
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "Statement1",
            "Effect": "Allow",
            "Principal": {},
            "Action": "sts:AssumeRole"
        }
    ]
}`;

export function emptyDraft(): RoleDraft {
  return {
    entity: 'service', service: 'EC2', useCase: 'ec2', accountChoice: 'this', otherAccount: '',
    requireExternalId: false, externalId: '', requireMfa: false,
    webIdentityProvider: 'accounts.google.com', audience: '', customPolicy: CUSTOM_POLICY_TEMPLATE,
    policyArns: [], roleName: '', description: '', tags: [],
  };
}

export function selectedUseCase(draft: RoleDraft): UseCase | undefined {
  return draft.entity === 'service' ? useCases.find((u) => u.id === draft.useCase) : undefined;
}
