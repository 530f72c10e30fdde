import Wizard from '@cloudscape-design/components/wizard';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateStack } from '../../../api/cloudformation/create-stack';
import { SAMPLE_TEMPLATES } from '../../../api/cloudformation/sample-templates';
import { useValidateTemplate, type TemplateSummary } from '../../../api/cloudformation/validate-template';
import type { AwsError } from '../../../cloud/core/aws-error';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { useWizardStrings } from '../../../components/use-wizard-strings';
import { cfnPaths } from '../cloudformation-paths';
import { DetailsStep } from './details-step';
import { OptionsStep } from './options-step';
import { ReviewStep } from './review-step';
import { createStackInput, emptyDraft, stackNameProblem, templateBodyOf, type StackDraft } from './stack-draft';
import { TemplateStep } from './template-step';

/*
 * Korean labels of the CloudFormation console (src/i18n/locales/ko/cloudformation.json). From facts §1–§2 [obs]:
 * 스택 생성, 새 리소스 사용(표준), 사전 조건 - 템플릿 준비, 기존 템플릿 선택, 템플릿 지정, 템플릿 소스, 템플릿 파일 업로드,
 * 파일 선택, 스택 세부 정보 지정, 스택 이름, 파라미터, 스택 옵션 구성, 검토 및 생성, 제출, 스택 정보, 출력, 상태 [doc], and the
 * two acknowledgements. Everything else is natural console Korean, (unconfirmed):
 * - list: 스택, 활성, 삭제됨, 상태 필터, 기존 리소스 사용(리소스 가져오기), 스택 이름으로 필터링, 생성 시간, 설명, 새로 고침;
 *   Delete: 스택을 삭제하시겠습니까?, its body, 삭제 (the English body is (unconfirmed) too);
 * - step 1: 템플릿 준비, 샘플 템플릿 사용, Infrastructure Composer에서 빌드, 샘플 템플릿 선택, the tiles' descriptions,
 *   "CloudFormation 템플릿이 유효하지 않습니다: " (the console's "The CloudFormation template is invalid: ");
 *   템플릿 텍스트 붙여넣기 / 템플릿 텍스트 are our own addition, not the console's;
 * - step 2: 스택 이름 제공, the stack name hint and its four inline errors (the English errors are (unconfirmed) too);
 * - step 3: 태그 - 선택 사항, 권한 - 선택 사항, IAM 역할 - 선택 사항, IAM 역할 이름, 제거, 스택 장애 옵션, 프로비저닝 실패 시 동작,
 *   모든 스택 리소스 롤백, 성공적으로 프로비저닝된 리소스 보존, their descriptions, 기능 (Capabilities), the IAM notes;
 * - step 4: 편집, 1단계: 스택 생성 / 2단계: ... / 3단계: ..., 스택 설명;
 * - details: 이벤트, 리소스, 파라미터, 템플릿 (tabs, presumed in facts §1.2), 개요, 스택 ID, 상태 사유, 삭제 시간, IAM 역할,
 *   종료 방지, 비활성화됨, 드리프트 상태, 태그, 키, 값, 타임스탬프, 논리적 ID, 물리적 ID, 유형, 내보내기 이름.
 */

const TEMPLATE_FIELDS: (keyof StackDraft)[] = ['prepare', 'source', 'sampleId', 'files', 'uploadedText', 'pastedText'];

/**
 * CloudFormation > Stacks > Create stack: the four steps of the 2024+ console (facts §2). Next on step 1
 * asks ValidateTemplate (its parameters and capabilities shape steps 2 and 3); Submit is one CreateStack,
 * whose error stays on the wizard with everything entered; success opens the new stack's Events tab.
 */
export function CreateStackPage() {
  const { t } = useTranslation();
  const wizardStrings = useWizardStrings();
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const [draft, setDraft] = useState<StackDraft>(emptyDraft);
  const [summary, setSummary] = useState<TemplateSummary>();
  const [templateProblem, setTemplateProblem] = useState<string>();
  const [nameProblem, setNameProblem] = useState<string>();
  const validate = useValidateTemplate();
  const create = useCreateStack();
  const body = templateBodyOf(draft, SAMPLE_TEMPLATES);

  const update = (change: Partial<StackDraft>) => {
    setDraft((d) => ({ ...d, ...change }));
    create.reset();
    if (TEMPLATE_FIELDS.some((field) => field in change)) {
      setTemplateProblem(undefined);
      validate.reset();
    }
    if ('stackName' in change) setNameProblem(undefined);
  };

  // Step 1's Next: a template is needed, then AWS must accept it; its error shows under the template field.
  const checkTemplate = (to: number) => {
    if (body.trim() === '') {
      return setTemplateProblem(t(draft.prepare === 'sample' ? 'cloudformation.create.sampleRequired' : 'cloudformation.create.templateRequired'));
    }
    validate.mutate(body, {
      onSuccess: (result) => {
        setSummary(result);
        setStep(to);
      },
      onError: (error) => {
        const aws = error as unknown as AwsError;
        if (aws.code === 'ValidationError') setTemplateProblem(t('cloudformation.create.templateInvalid', { message: aws.message }));
      },
    });
  };
  // Any other refusal of ValidateTemplate (AccessDenied) is shown whole, with its "why".
  const validateError = validate.error && (validate.error as unknown as AwsError).code !== 'ValidationError' ? validate.error : undefined;

  const submit = () =>
    create.mutate(createStackInput(draft, body, summary), {
      onSuccess: (out) => navigate(cfnPaths.stack(draft.stackName, out.StackId, 'events')),
    });

  return (
    <Wizard
      activeStepIndex={step}
      onNavigate={({ detail }) => {
        const to = detail.requestedStepIndex;
        if (to <= step) return setStep(to);
        if (step === 0) return checkTemplate(to);
        const problem = step === 1 ? stackNameProblem(draft.stackName) : undefined;
        if (problem) return setNameProblem(problem);
        setStep(to);
      }}
      onCancel={() => navigate(cfnPaths.stacks)}
      onSubmit={submit}
      isLoadingNextStep={validate.isPending || create.isPending}
      submitButtonText={t('cloudformation.create.submit')}
      i18nStrings={wizardStrings}
      steps={[
        {
          title: t('cloudformation.createStack'),
          content: <TemplateStep draft={draft} update={update} templateError={templateProblem} />,
          errorText: validateError ? <AwsErrorAlert error={validateError} /> : undefined,
        },
        {
          title: t('cloudformation.create.step2'),
          content: <DetailsStep draft={draft} update={update} summary={summary} stackNameError={nameProblem && t(nameProblem)} />,
        },
        { title: t('cloudformation.create.step3'), content: <OptionsStep draft={draft} update={update} summary={summary} /> },
        {
          title: t('cloudformation.create.step4'),
          content: <ReviewStep draft={draft} summary={summary} goTo={setStep} />,
          errorText: create.error ? <AwsErrorAlert error={create.error} /> : undefined,
        },
      ]}
    />
  );
}
