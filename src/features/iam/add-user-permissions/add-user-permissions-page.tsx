import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import Tiles from '@cloudscape-design/components/tiles';
import Wizard from '@cloudscape-design/components/wizard';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useFlash } from '../../../api/flash';
import { useAttachUserPolicies } from '../../../api/iam/user-details';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { PermissionsStep } from '../create-role/permissions-step';

type Option = 'group' | 'copy' | 'attach';

/** Users > Add permissions (facts §4): "Attach policies directly", then Review, then Add permissions. */
export function AddUserPermissionsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const userName = useParams().name ?? '';
  const back = `/iam/users/details/${encodeURIComponent(userName)}`;
  const [step, setStep] = useState(0);
  const [option, setOption] = useState<Option>('attach');
  const [policyArns, setPolicyArns] = useState<string[]>([]);
  const attach = useAttachUserPolicies();
  const submit = () =>
    attach.mutate({ userName, policyArns }, {
      onSuccess: () => {
        flash({ id: `user-permissions-${userName}`, type: 'success', key: 'users.permissionsAdded', values: { count: String(policyArns.length), name: userName } });
        navigate(back);
      },
    });
  return (
    <Wizard
      activeStepIndex={step}
      onNavigate={({ detail }) => setStep(detail.requestedStepIndex)}
      onCancel={() => navigate(back)}
      onSubmit={submit}
      isLoadingNextStep={attach.isPending}
      submitButtonText={t('users.addPermissions')}
      i18nStrings={{ stepNumberLabel: (n) => t('createRole.stepNumber', { n }), collapsedStepsLabel: (n, total) => t('createRole.stepOf', { n, total }) }}
      steps={[
        {
          title: t('users.addPermissions'),
          content: (
            <SpaceBetween size="l">
              <Container header={<Header variant="h2">{t('users.permissionsOptions')}</Header>}>
                <Tiles value={option} onChange={({ detail }) => setOption(detail.value as Option)} columns={3}
                  items={(['group', 'copy', 'attach'] as const).map((o) => ({
                    value: o, label: t(`users.options.${o}`), description: t(`users.options.${o}Help`), disabled: o !== 'attach',
                  }))} />
              </Container>
              {option === 'attach' && <PermissionsStep selectedArns={policyArns} onChange={setPolicyArns} />}
            </SpaceBetween>
          ),
        },
        {
          title: t('users.review'),
          errorText: attach.error ? <AwsErrorAlert error={attach.error} /> : undefined,
          content: (
            <Table
              header={<Header variant="h2" description={t('users.reviewHelp')}>{t('users.permissionsSummary')}</Header>}
              items={policyArns}
              columnDefinitions={[
                { id: 'name', header: t('policies.policyName'), cell: (arn) => arn.slice(arn.lastIndexOf('/') + 1), isRowHeader: true },
                { id: 'type', header: t('policies.type'), cell: (arn) => t(arn.startsWith('arn:aws:iam::aws:') ? 'policies.awsManaged' : 'policies.customerManaged') },
                { id: 'used', header: t('policies.usedAs'), cell: () => t('createRole.permissionsPolicy') },
              ]}
              empty={t('createRole.noPolicies')}
            />
          ),
        },
      ]}
    />
  );
}
