import { stateChangeOperation } from './state-change';

/** running (or pending) -> stopping -> stopped. Stopping a stopped or stopping instance changes nothing. */
export const stopInstances = stateChangeOperation('StopInstances', 'StoppingInstances', {
  enter: 'stopping', from: ['pending', 'running'], unchanged: ['stopping', 'stopped'], verb: 'stopped',
});
