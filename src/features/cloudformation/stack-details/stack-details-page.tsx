import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Tabs from '@cloudscape-design/components/tabs';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useDescribeStack } from '../../../api/cloudformation/describe-stacks';
import { isInProgress } from '../../../api/cloudformation/stack-status';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { STACK_TABS, type StackTab } from '../cloudformation-paths';
import { DeleteStackModal } from '../delete-stack-modal';
import { EventsTab } from './events-tab';
import { OutputsTab, ParametersTab } from './outputs-tab';
import { ResourcesTab } from './resources-tab';
import { StackInfoTab } from './stack-info-tab';
import { TemplateTab } from './template-tab';

/**
 * CloudFormation > Stacks > NAME: Stack info, Events, Resources, Outputs, Parameters and Template (?tab=).
 * The stack is asked for by its ID (?stackId=, as the console's stackinfo?stackId= link), so a deleted stack
 * still opens; a URL with only the name is given the ID once the stack is found.
 */
export function StackDetailsPage() {
  const { t } = useTranslation();
  const name = useParams().name ?? '';
  const [search, setSearch] = useSearchParams();
  const stackId = search.get('stackId');
  const { stack, isPending, error } = useDescribeStack(stackId ?? name);
  const [deleting, setDeleting] = useState(false);
  const active: StackTab = STACK_TABS.find((tab) => tab === search.get('tab')) ?? 'stackinfo';
  useEffect(() => {
    if (stack && !stackId) setSearch((s) => new URLSearchParams({ ...Object.fromEntries(s), stackId: stack.StackId }), { replace: true });
  }, [stack, stackId, setSearch]);

  const moving = stack ? isInProgress(stack.StackStatus) : false;
  const deletable = stack !== undefined && stack.StackStatus !== 'DELETE_COMPLETE' && !moving;
  const header = (
    <Header variant="h1" actions={stack ? <Button disabled={!deletable} onClick={() => setDeleting(true)}>{t('cloudformation.delete.button')}</Button> : undefined}>
      {stack?.StackName ?? name}
    </Header>
  );
  if (isPending) return <ContentLayout header={header}><Spinner size="large" /></ContentLayout>;
  if (error || !stack) return <ContentLayout header={header}><AwsErrorAlert error={error} /></ContentLayout>;
  // Every tab asks by the stack's ID: after a delete, the name no longer answers.
  const id = stack.StackId;
  const content: Record<StackTab, ReactNode> = {
    stackinfo: <StackInfoTab stack={stack} />,
    events: <EventsTab stackId={id} moving={moving} />,
    resources: <ResourcesTab stackId={id} moving={moving} />,
    outputs: <OutputsTab outputs={stack.Outputs ?? []} />,
    parameters: <ParametersTab parameters={stack.Parameters ?? []} />,
    template: <TemplateTab stackId={id} />,
  };
  return (
    <ContentLayout header={header}>
      <SpaceBetween size="l">
        <Tabs
          ariaLabel={t('cloudformation.details.tabsLabel')}
          activeTabId={active}
          onChange={({ detail }) => setSearch((s) => new URLSearchParams({ ...Object.fromEntries(s), tab: detail.activeTabId }), { replace: true })}
          tabs={STACK_TABS.map((tab) => ({ id: tab, label: t(`cloudformation.details.tabs.${tab}`), content: content[tab] }))}
        />
      </SpaceBetween>
      {deleting ? <DeleteStackModal stackId={id} onClose={() => setDeleting(false)} /> : null}
    </ContentLayout>
  );
}
