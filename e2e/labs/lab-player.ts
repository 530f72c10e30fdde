import type { Page } from '@playwright/test';
import type { Translate } from '../fixtures/test';

/** Called after the learner has done what a step asks: a spec expects the tick, the demo also takes a screenshot. */
export type OnStep = (stepId: string) => Promise<void>;

/** Plays a started lab through the UI only, as a learner would, calling onStep after each step's actions. */
export type LabPlayer = (page: Page, t: Translate, onStep: OnStep) => Promise<void>;
