import { stateChangeOperation } from './state-change';

/** stopped -> pending -> running. Starting a running or pending instance changes nothing. */
export const startInstances = stateChangeOperation('StartInstances', 'StartingInstances', {
  enter: 'pending', from: ['stopped'], unchanged: ['pending', 'running'], verb: 'started',
});
