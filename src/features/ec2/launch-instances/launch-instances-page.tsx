import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Grid from '@cloudscape-design/components/grid';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDescribeImages } from '../../../api/ec2/describe-images';
import { useRunInstances } from '../../../api/ec2/run-instances';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { AdvancedDetailsSection } from './advanced-details-section';
import { AmiSection } from './ami-section';
import { NetworkSection, StorageSection } from './fixed-sections';
import { InstanceTypeSection } from './instance-type-section';
import { KeyPairSection } from './key-pair-section';
import { initialDraft, launchProblems, NO_KEY_PAIR, NO_PROFILE, type LaunchDraft } from './launch-draft';
import { LaunchResult } from './launch-result';
import { NameSection } from './name-section';
import { defaultImageOf } from './quick-start';
import { SummaryPanel } from './summary-panel';

/** EC2 > Instances > Launch an instance: one page of sections, the Summary on the right (facts §6). */
export function LaunchInstancesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const images = useDescribeImages();
  const run = useRunInstances();
  const [draft, setDraft] = useState<LaunchDraft>(initialDraft);
  const [checked, setChecked] = useState(false);
  const [launched, setLaunched] = useState<string[]>();
  const failure = useRef<HTMLDivElement>(null);
  const list = images.data?.Images;
  // Amazon Linux is the console's default choice until the user picks another.
  const image = list && (list.find((i) => i.ImageId === draft.imageId) ?? defaultImageOf(list, 'amazon-linux') ?? list[0]);
  const filled = { ...draft, imageId: image?.ImageId };
  const problems = checked ? launchProblems(filled) : {};
  const set = (change: Partial<LaunchDraft>) => { setDraft((d) => ({ ...d, ...change })); run.reset(); };

  useEffect(() => { if (run.error) failure.current?.scrollIntoView({ block: 'center' }); }, [run.error]);

  const launch = () => {
    setChecked(true);
    if (Object.keys(launchProblems(filled)).length || !filled.imageId) return;
    run.mutate({
      name: draft.name, imageId: filled.imageId, instanceType: draft.instanceType, count: Number(draft.count.trim()),
      ...(draft.keyPair !== NO_KEY_PAIR && { keyName: draft.keyPair }),
      ...(draft.profileArn !== undefined && draft.profileArn !== NO_PROFILE && { instanceProfileArn: draft.profileArn }),
    }, { onSuccess: (output) => setLaunched(output.Instances.map((i) => i.InstanceId)) });
  };

  if (launched) return <LaunchResult instanceIds={launched} />;
  return (
    <ContentLayout header={<Header variant="h1" description={t('launchInstances.intro')}>{t('launchInstances.title')}</Header>}>
      <Grid gridDefinition={[{ colspan: { default: 12, s: 8 } }, { colspan: { default: 12, s: 4 } }]}>
        <SpaceBetween size="l">
          {run.error ? (
            // EC2's encoded authorization message is one long word: let it wrap inside the column.
            <div ref={failure} style={{ overflowWrap: 'anywhere' }} data-testid="launch-failure">
              <Container header={<Header variant="h2">{t('launchInstances.failed')}</Header>}>
                <AwsErrorAlert error={run.error} />
              </Container>
            </div>
          ) : null}
          <NameSection name={draft.name} onChange={(name) => set({ name })} />
          <AmiSection images={list} loading={images.isPending} error={images.error} selected={image}
            problem={problems.image} onChange={(imageId) => set({ imageId })} />
          <InstanceTypeSection value={draft.instanceType} onChange={(instanceType) => set({ instanceType })} />
          <KeyPairSection value={draft.keyPair} problem={problems.keyPair} onChange={(keyPair) => set({ keyPair })} />
          <NetworkSection />
          <StorageSection />
          <AdvancedDetailsSection value={draft.profileArn} onChange={(profileArn) => set({ profileArn })} />
        </SpaceBetween>
        <div style={{ position: 'sticky', top: 72 }}>
          <SummaryPanel draft={draft} image={image} countProblem={problems.count} launching={run.isPending}
            onCount={(count) => set({ count })} onCancel={() => navigate('/ec2/instances')} onLaunch={launch} />
        </div>
      </Grid>
    </ContentLayout>
  );
}
