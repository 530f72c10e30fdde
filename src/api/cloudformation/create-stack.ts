import { useMutation } from '@tanstack/react-query';
import type { OperationInput } from '../../cloud/core/registry';
import { callAsConsoleAsync as call } from '../call-as-console';

export type CreateStackInput = OperationInput<'cloudformation:CreateStack'>;

/** The wizard's Submit: one CreateStack call; the stack is then CREATE_IN_PROGRESS and moves on by itself. */
export function useCreateStack() {
  return useMutation({ mutationFn: (input: CreateStackInput) => call('cloudformation:CreateStack', input) });
}
