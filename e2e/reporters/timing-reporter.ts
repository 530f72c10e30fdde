import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** A single test may take this long; past it the run fails, so a slow spec is split or sped up, not tolerated. */
export const SPEC_LIMIT_MS = 60_000;
const SHOWN = 10;

type Timing = { title: string; ms: number; project: string };

/**
 * Prints the slowest tests of the run and fails it when one took longer than SPEC_LIMIT_MS (any attempt),
 * and names every test that passed only on a retry: a flaky test is a bug to hunt, not a pass.
 */
export default class TimingReporter implements Reporter {
  private timings: Timing[] = [];
  private flaky = new Set<string>();

  onTestEnd(test: TestCase, result: TestResult) {
    const project = test.parent.project()?.name ?? '';
    const title = `[${project}] ${test.location.file.replace(/^.*e2e\/specs\//, '')}:${test.location.line} › ${test.title}`;
    this.timings.push({ title, ms: result.duration, project });
    if (result.status === 'passed' && result.retry > 0) this.flaky.add(title);
  }

  async onEnd(result: FullResult): Promise<{ status?: FullResult['status'] } | undefined> {
    if (this.timings.length === 0) return undefined;
    const slowest = [...this.timings].sort((a, b) => b.ms - a.ms);
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`.padStart(8);
    const total = this.timings.reduce((sum, t) => sum + t.ms, 0);
    console.log(`\nSlowest ${SHOWN} of ${this.timings.length} tests (${(total / 60_000).toFixed(1)} min of worker time, ${(result.duration / 60_000).toFixed(1)} min wall):`);
    for (const t of slowest.slice(0, SHOWN)) console.log(`${seconds(t.ms)}  ${t.title}`);
    for (const title of this.flaky) console.log(`FLAKY (passed only on retry): ${title}`);
    const over = slowest.filter((t) => t.ms > SPEC_LIMIT_MS);
    if (over.length === 0) return undefined;
    console.log(`\n${over.length} test(s) took longer than ${SPEC_LIMIT_MS / 1000} s; split or speed them up:`);
    for (const t of over) console.log(`${seconds(t.ms)}  ${t.title}`);
    return { status: 'failed' };
  }
}
