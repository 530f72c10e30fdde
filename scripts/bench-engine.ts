// npm run bench:engine: evaluations per second for the reference workload of the policy engine
// issue, and the time to summarize ReadOnlyAccess. Date.now and performance are fine in scripts.
import { performance } from 'node:perf_hooks';
import { evaluate, type EvaluationRequest, type PolicySet } from '../src/cloud/policy/evaluate';
import { getAwsManagedPolicy, loadAwsManagedPolicies } from '../src/cloud/catalog/managed-policies';
import { summarizePolicy } from '../src/cloud/policy/summary';
import { preloadServicesFor } from '../src/cloud/policy/validate';
import { useNodeCatalog } from './catalog/node-source';

const policyText = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: ['arn:aws:s3:::app-*', 'arn:aws:s3:::app-*/*'] },
    { Effect: 'Allow', Action: ['ec2:Describe*', 'logs:*'], Resource: '*' },
    { Effect: 'Deny', Action: ['iam:Create*', 'iam:Delete*', 'iam:Put*'], Resource: '*' },
  ],
});
const policies: PolicySet = { identity: [{ name: 'Reference', document: policyText, kind: 'inline' }] };
const request: EvaluationRequest = {
  principal: { arn: 'arn:aws:iam::123456789012:user/alice', accountId: '123456789012', type: 'user' },
  action: 's3:GetObject',
  resource: 'arn:aws:s3:::app-data/reports/q1.csv',
  context: { 'aws:SourceIp': '10.0.0.1' },
};

function run(iterations: number): number {
  let allowed = 0;
  for (let i = 0; i < iterations; i++) if (evaluate(request, policies).decision === 'Allowed') allowed++;
  return allowed;
}

if (evaluate(request, policies).decision !== 'Allowed') throw new Error('bench: the reference request should be allowed');
run(300_000); // warm up: compile the policy, let the JIT optimize

let iterations = 0;
const cpuStart = process.cpuUsage();
const start = performance.now();
let elapsed = 0;
while (elapsed < 2000) {
  run(100_000);
  iterations += 100_000;
  elapsed = performance.now() - start;
}
const perSecond = Math.round((iterations / elapsed) * 1000);
const cpu = process.cpuUsage(cpuStart);
const perCpuSecond = Math.round(iterations / ((cpu.user + cpu.system) / 1e6));
console.log(`evaluations per second: ${perSecond.toLocaleString('en-US')} (${iterations.toLocaleString('en-US')} in ${(elapsed / 1000).toFixed(2)} s)`);
// On a busy machine wall time includes time spent waiting for a core; CPU time does not.
console.log(`evaluations per CPU second: ${perCpuSecond.toLocaleString('en-US')}`);
console.log(perSecond >= 1_000_000 ? 'target of 1,000,000 per second: met' : 'target of 1,000,000 per second: NOT met');

// ---- Policy summary timing (ReadOnlyAccess) --------------------------------------------------
// The catalogue data is loaded first (as the console does before it shows a summary), so the timing is
// the summary's own work over the services the policy names.
async function summaryTiming(): Promise<string> {
  useNodeCatalog();
  const arn = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
  await loadAwsManagedPolicies([arn]);
  const document = getAwsManagedPolicy(arn)?.document;
  if (document === undefined) return 'ReadOnlyAccess summary: not measured (ReadOnlyAccess not in the catalogue)';
  await preloadServicesFor(JSON.parse(document));
  const t0 = performance.now();
  const rows = summarizePolicy(document);
  const first = performance.now() - t0;
  const t1 = performance.now();
  summarizePolicy(document);
  const warm = performance.now() - t1;
  const recognized = rows.filter((r) => r.status === 'recognized').length;
  return `ReadOnlyAccess summary: ${first.toFixed(1)} ms (first), ${warm.toFixed(1)} ms (warm), ${recognized} of ${rows.length} service rows recognized; target under 50 ms: ${first < 50 ? 'met' : 'NOT met'}`;
}
console.log(await summaryTiming());
