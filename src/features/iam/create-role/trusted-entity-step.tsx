import Alert from '@cloudscape-design/components/alert';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import Tiles from '@cloudscape-design/components/tiles';
import { useTranslation } from 'react-i18next';
import { useCases, webIdentityProviders, type EntityType, type RoleDraft } from './role-draft';

type Props = { draft: RoleDraft; update: (change: Partial<RoleDraft>) => void; accountId: string; problem?: string };

const entityTypes: EntityType[] = ['service', 'account', 'web-identity', 'saml', 'custom'];

export function TrustedEntityStep({ draft, update, accountId, problem }: Props) {
  const { t } = useTranslation();
  const services = [...new Set(useCases.map((u) => u.service))];
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">{t('createRole.entityType')}</Header>}>
        <Tiles
          value={draft.entity}
          onChange={({ detail }) => update({ entity: detail.value as EntityType })}
          columns={3}
          items={entityTypes.map((id) => ({ value: id, label: t(`createRole.entity.${id}`), description: t(`createRole.entity.${id}Help`) }))}
        />
      </Container>
      {draft.entity === 'service' && (
        <Container header={<Header variant="h2" description={t('createRole.useCaseHelp')}>{t('createRole.useCase')}</Header>}>
          <SpaceBetween size="m">
            <FormField label={t('createRole.serviceOrUseCase')}>
              <Select
                selectedOption={{ value: draft.service, label: draft.service }}
                options={services.map((s) => ({ value: s, label: s }))}
                onChange={({ detail }) => {
                  const service = detail.selectedOption.value ?? 'EC2';
                  update({ service, useCase: useCases.find((u) => u.service === service)?.id ?? 'ec2' });
                }}
              />
            </FormField>
            <RadioGroup
              value={draft.useCase}
              onChange={({ detail }) => update({ useCase: detail.value })}
              items={useCases
                .filter((u) => u.service === draft.service)
                .map((u) => ({ value: u.id, label: t(`createRole.useCases.${u.id}`), description: u.description }))}
            />
          </SpaceBetween>
        </Container>
      )}
      {draft.entity === 'account' && (
        <Container header={<Header variant="h2">{t('createRole.entity.account')}</Header>}>
          <SpaceBetween size="m">
            <RadioGroup
              value={draft.accountChoice}
              onChange={({ detail }) => update({ accountChoice: detail.value as RoleDraft['accountChoice'] })}
              items={[
                { value: 'this', label: t('createRole.thisAccount', { account: accountId }) },
                { value: 'other', label: t('createRole.anotherAccount') },
              ]}
            />
            {draft.accountChoice === 'other' && (
              <FormField label={t('createRole.accountId')} constraintText={t('createRole.accountIdHint')}
                errorText={problem === 'createRole.accountIdInvalid' ? t(problem) : undefined}>
                <Input value={draft.otherAccount} onChange={({ detail }) => update({ otherAccount: detail.value })} />
              </FormField>
            )}
            <FormField label={t('createRole.options')}>
              <SpaceBetween size="xs">
                <Checkbox checked={draft.requireExternalId} onChange={({ detail }) => update({ requireExternalId: detail.checked })}
                  description={t('createRole.externalIdHelp')}>
                  {t('createRole.requireExternalId')}
                </Checkbox>
                {draft.requireExternalId && (
                  <FormField label={t('createRole.externalId')} errorText={problem === 'createRole.externalIdInvalid' ? t(problem) : undefined}>
                    <Input value={draft.externalId} onChange={({ detail }) => update({ externalId: detail.value })} />
                  </FormField>
                )}
                <Checkbox checked={draft.requireMfa} onChange={({ detail }) => update({ requireMfa: detail.checked })}>
                  {t('createRole.requireMfa')}
                </Checkbox>
              </SpaceBetween>
            </FormField>
          </SpaceBetween>
        </Container>
      )}
      {draft.entity === 'web-identity' && (
        <Container header={<Header variant="h2">{t('createRole.entity.web-identity')}</Header>}>
          <SpaceBetween size="m">
            <FormField label={t('createRole.identityProvider')}>
              <Select
                selectedOption={{ value: draft.webIdentityProvider, label: draft.webIdentityProvider }}
                options={webIdentityProviders.map((p) => ({ value: p, label: p }))}
                onChange={({ detail }) => update({ webIdentityProvider: detail.selectedOption.value ?? webIdentityProviders[0] })}
              />
            </FormField>
            <FormField label={t('createRole.audience')} errorText={problem === 'createRole.audienceRequired' ? t(problem) : undefined}>
              <Input value={draft.audience} onChange={({ detail }) => update({ audience: detail.value })} />
            </FormField>
          </SpaceBetween>
        </Container>
      )}
      {draft.entity === 'saml' && <Alert type="info">{t('createRole.noSamlProvider')}</Alert>}
      {draft.entity === 'custom' && (
        <Container header={<Header variant="h2" description={t('createRole.customHelp')}>{t('createRole.entity.custom')}</Header>}>
          <FormField label={t('createRole.trustPolicy')} stretch>
            <Textarea rows={16} value={draft.customPolicy} onChange={({ detail }) => update({ customPolicy: detail.value })}
              spellcheck={false} />
          </FormField>
        </Container>
      )}
    </SpaceBetween>
  );
}
