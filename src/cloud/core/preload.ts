import { loadTemplateYaml } from '../cloudformation/template/yaml-loader';
import { loadPasswordHashing } from './password-hash';
import { preloadManagedPolicies } from './policy-lookup';
import { isOperationName, operations } from './registry';
import type { OperationDefinition } from './operation';
import type { World } from './world';

/**
 * dispatch is synchronous: what an operation reads from lazily loaded code or data must be loaded first.
 * The AWS managed policies it may read, and the password hashing of every operation that takes a
 * password (those mark it sensitive) or checks one, and the YAML parser of CloudFormation's templates.
 */
export async function preloadForDispatch(world: World, operation: string, input: unknown): Promise<void> {
  const def = isOperationName(operation) ? operations[operation] as OperationDefinition : undefined;
  await Promise.all([
    preloadManagedPolicies(world, operation, input), def?.sensitive ? loadPasswordHashing() : undefined,
    def?.service === 'cloudformation' ? loadTemplateYaml() : undefined,
  ]);
}
