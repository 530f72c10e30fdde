import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useDescribeInstances } from '../../../api/ec2/describe-instances';
import { useModifyIamRole } from '../../../api/ec2/modify-iam-role';
import { useFlash } from '../../../api/flash';
import { useListInstanceProfiles } from '../../../api/iam/list-instance-profiles';
import { AwsErrorAlert, AwsErrorPage } from '../../../components/aws-error-alert';
import { useFollow, withBase } from '../../../components/router-link';
import { DetachRoleModal } from './detach-role-modal';

const INSTANCES = '/ec2/instances';

/** Actions > Security > Modify IAM role (facts §6.2): the instance profile replaces any current one, no restart. */
export function ModifyIamRolePage() {
  const { t } = useTranslation();
  const follow = useFollow();
  const navigate = useNavigate();
  const flash = useFlash();
  const instanceId = useParams().instanceId ?? '';
  const described = useDescribeInstances({ InstanceIds: [instanceId] });
  const profiles = useListInstanceProfiles();
  const modify = useModifyIamRole();
  const [chosen, setChosen] = useState<string>();
  const [detaching, setDetaching] = useState(false);

  const instance = described.data?.Reservations[0]?.Instances[0];
  const current = instance?.IamInstanceProfile?.Arn ?? '';
  const value = chosen ?? current;
  const noRole = { value: '', label: t('modifyIamRole.noRole') };
  const options = [noRole, ...(profiles.data?.InstanceProfiles ?? []).map((p) => ({ value: p.Arn, label: p.InstanceProfileName }))];
  const currentName = instance?.Tags.find((tag) => tag.Key === 'Name')?.Value;

  const update = () =>
    modify.mutate({ instanceId, profileArn: value || undefined }, {
      onSuccess: () => {
        const role = options.find((o) => o.value === value)?.label ?? '';
        flash(value
          ? { id: 'modify-iam-role', type: 'success', key: 'modifyIamRole.attached', values: { role, id: instanceId } }
          : { id: 'modify-iam-role', type: 'success', key: 'modifyIamRole.detached', values: { id: instanceId } });
        navigate(INSTANCES);
      },
    });
  const error = modify.error ? <AwsErrorAlert error={modify.error} /> : null;

  if (described.error) return <AwsErrorPage title={t('modifyIamRole.title')} error={described.error} />;
  return (
    <>
      <Form
        header={<Header variant="h1" description={t('modifyIamRole.description')}>{t('modifyIamRole.title')}</Header>}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" href={withBase(INSTANCES)} onFollow={follow}>{t('app.cancel')}</Button>
            <Button
              variant="primary"
              disabled={!instance}
              loading={modify.isPending && !detaching}
              onClick={() => (value === '' && current ? setDetaching(true) : update())}
            >
              {t('modifyIamRole.update')}
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          <Container>
            <SpaceBetween size="l">
              <FormField label={t('modifyIamRole.instanceId')}>
                <span data-testid="modify-instance-id">{instanceId}{currentName ? ` (${currentName})` : ''}</span>
              </FormField>
              <FormField
                label={t('modifyIamRole.iamRole')}
                description={t('modifyIamRole.iamRoleHelp')}
                errorText={profiles.error ? `${t('modifyIamRole.profilesDenied')} ${(profiles.error as { message?: string }).message ?? ''}` : undefined}
                secondaryControl={<Button iconName="refresh" ariaLabel={t('modifyIamRole.refresh')} onClick={() => void profiles.refetch()} />}
                info={<Link external href={withBase('/iam/roles/create')} target="_blank">{t('modifyIamRole.createRole')}</Link>}
              >
                <Select
                  selectedOption={options.find((o) => o.value === value) ?? noRole}
                  options={options}
                  filteringType="auto"
                  placeholder={t('modifyIamRole.choose')}
                  statusType={profiles.isPending ? 'loading' : 'finished'}
                  onChange={({ detail }) => setChosen(detail.selectedOption.value ?? '')}
                />
              </FormField>
            </SpaceBetween>
          </Container>
          {detaching ? null : error}
        </SpaceBetween>
      </Form>
      {detaching && (
        <DetachRoleModal
          instanceId={instanceId}
          busy={modify.isPending}
          error={error}
          onDetach={update}
          onCancel={() => { setDetaching(false); modify.reset(); }}
        />
      )}
    </>
  );
}
