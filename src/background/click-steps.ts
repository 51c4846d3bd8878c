/**
 * Test builds: when each step of a tab's analysis happened, on the wall clock, for the
 * breakdown of a click in `npm run bench:browser`. Release builds record nothing.
 */
import type { AnalysisStep } from '../shared/messages';

const wall = (): number => performance.timeOrigin + performance.now();

/** The worker's own start, kept for its first analysis. */
let startSteps: AnalysisStep[] = [];

/**
 * Called at the end of the worker's top level (index.ts): when the worker started, when
 * its script began to run (a line the test build puts first) and now.
 */
export function markWorkerReady(): void {
  if (!__TEST__) return;
  const scriptAt = (globalThis as { __secondSourceScriptAt?: unknown }).__secondSourceScriptAt;
  startSteps = [{ step: 'worker', at: performance.timeOrigin }];
  if (typeof scriptAt === 'number')
    startSteps.push({ step: 'script', at: performance.timeOrigin + scriptAt });
  startSteps.push({ step: 'ready', at: wall() });
}

/** The steps of a new analysis: the worker's start for its first, then `step` now. */
export function firstSteps(step: string): AnalysisStep[] | undefined {
  if (!__TEST__) return undefined;
  const steps = startSteps;
  startSteps = [];
  steps.push({ step, at: wall() });
  return steps;
}

/** Add `step`, now, to `steps` (test builds only). */
export function markStep(steps: AnalysisStep[] | undefined, step: string): void {
  if (__TEST__ && steps) steps.push({ step, at: wall() });
}
