import { stateChangeOperation } from './state-change';

/** Any state -> shutting-down -> terminated. Terminating twice changes nothing. */
export const terminateInstances = stateChangeOperation('TerminateInstances', 'TerminatingInstances', {
  enter: 'shutting-down', from: ['pending', 'running', 'stopping', 'stopped'], unchanged: ['shutting-down', 'terminated'], verb: 'terminated',
});
