import type { Node } from 'jsonc-parser';
import { positionAt } from '../json-position';
import { messages, titles, type FindingCode } from './messages';

export type PolicyType = 'identity' | 'resource' | 'role-trust' | 'service-control';
export type Severity = 'error' | 'security-warning' | 'warning' | 'suggestion';

/** One IAM Access Analyzer-like finding, located in the policy text (1-based line and column). */
export type Finding = {
  severity: Severity;
  code: FindingCode;
  title: string;
  message: string;
  line: number;
  column: number;
  offset: number;
  length: number;
  /** Where in the document, e.g. "Statement[1].Action[0]"; "" for the whole document. */
  path: string;
};

const SEVERITY: Record<FindingCode, Severity> = {
  jsonSyntax: 'error', missingEffect: 'error', invalidEffect: 'error', missingAction: 'error',
  invalidAction: 'error', invalidService: 'error', missingResource: 'error', invalidArnPrefix: 'error',
  missingArnField: 'error', missingStatement: 'error', invalidVersion: 'error', invalidPolicyElement: 'error',
  missingPrincipal: 'error', invalidPrincipalFormat: 'error', unsupportedPrincipal: 'error',
  trustPolicyResource: 'error', uniqueSidsRequired: 'error', invalidConditionOperator: 'error',
  invalidGlobalConditionKey: 'error', policySizeIdentity: 'error', policySizeTrust: 'error', duplicateKey: 'error',
  dataTypeMismatch: 'error', unsupportedElementCombination: 'error',
  allowWithNotPrincipal: 'security-warning', passRoleWithStar: 'security-warning',
  missingVersion: 'warning', uniqueSidsRecommended: 'warning',
  redundantAction: 'suggestion', unknownConditionKey: 'suggestion',
};

type MessageArgs<C extends FindingCode> = Parameters<(typeof messages)[C]>;

/** Collects findings for one document; positions come from the shared line index. */
export class FindingSink {
  readonly findings: Finding[] = [];
  constructor(private readonly starts: readonly number[]) {}

  add<C extends FindingCode>(code: C, at: Node | { offset: number; length: number }, path: string, ...args: MessageArgs<C>): void {
    const format = messages[code] as (...a: MessageArgs<C>) => string;
    this.findings.push({
      severity: SEVERITY[code], code, title: titles[code], message: format(...args),
      ...positionAt(this.starts, at.offset), offset: at.offset, length: at.length, path,
    });
  }
}
