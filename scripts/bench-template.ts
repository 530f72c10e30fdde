// npm run bench:template: how long CloudFormation's template engine takes to parse and plan a template of
// 50 resources (YAML with short forms, each resource referencing the one before), the median and slowest of
// 50 runs after 5 warm-ups. Budget (issue 16): under 50 ms. Exits 1 when over it. Not part of npm test.
import { parseTemplate } from '../src/cloud/cloudformation/template/parse-template';
import { planTemplate } from '../src/cloud/cloudformation/template/plan-template';
import { loadTemplateYaml } from '../src/cloud/cloudformation/template/yaml-loader';

const BUDGET_MS = 50;

function template(count: number): string {
  const lines = ['AWSTemplateFormatVersion: 2010-09-09', 'Parameters:', '  Env: { Type: String, Default: dev }', 'Resources:'];
  for (let i = 0; i < count; i++) {
    const previous = i > 0 ? `R${i - 1}` : undefined;
    if (i % 3 === 0) {
      lines.push(`  R${i}:`, '    Type: AWS::S3::Bucket', '    Properties:', `      BucketName: !Sub '\${AWS::StackName}-\${Env}-${i}'`);
      if (previous) lines.push(`      Tags: [{ Key: after, Value: !Ref ${previous} }]`);
    } else if (i % 3 === 1) {
      lines.push(`  R${i}:`, '    Type: AWS::IAM::Role', '    Properties:', '      AssumeRolePolicyDocument:',
        '        Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: sts:AssumeRole }]',
        `      Policies: [{ PolicyName: p${i}, PolicyDocument: { Statement: [{ Effect: Allow, Action: s3:GetObject, Resource: !Sub '\${${previous}.Arn}/*' }] } }]`);
    } else {
      lines.push(`  R${i}:`, '    Type: AWS::Logs::LogGroup', `    DependsOn: ${previous}`, '    Properties:', `      LogGroupName: !Join ['/', [app, !Ref Env, '${i}']]`);
    }
  }
  lines.push('Outputs:', `  Last: { Value: !Ref R${count - 1} }`);
  return lines.join('\n');
}

await loadTemplateYaml();
const body = template(50);
const times: number[] = [];
for (let run = 0; run < 55; run++) {
  const started = performance.now();
  const parsed = parseTemplate(body);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const plan = planTemplate(parsed.value);
  if (!plan.ok || plan.value.length !== 50) throw new Error('the template did not plan');
  if (run >= 5) times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(`parse and plan, 50 resources: median ${median.toFixed(1)} ms, slowest ${times.at(-1)!.toFixed(1)} ms (${times.length} runs; budget ${BUDGET_MS} ms)`);
process.exit(median < BUDGET_MS ? 0 : 1);
