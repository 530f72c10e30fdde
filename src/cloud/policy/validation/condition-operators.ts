// Condition operators of the policy grammar (reference_policies_elements_condition_operators).
// Names are case-sensitive, as IAM reads them.
const BASE_OPERATORS = new Set([
  'StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', 'StringLike',
  'StringNotLike', 'NumericEquals', 'NumericNotEquals', 'NumericLessThan', 'NumericLessThanEquals',
  'NumericGreaterThan', 'NumericGreaterThanEquals', 'DateEquals', 'DateNotEquals', 'DateLessThan',
  'DateLessThanEquals', 'DateGreaterThan', 'DateGreaterThanEquals', 'Bool', 'BinaryEquals', 'IpAddress',
  'NotIpAddress', 'ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike', 'Null',
]);

/** True for a supported operator, with an optional ForAllValues:/ForAnyValue: set prefix and IfExists suffix. */
export function isConditionOperator(operator: string): boolean {
  const unqualified = operator.replace(/^(ForAllValues|ForAnyValue):/, '');
  const base = unqualified.endsWith('IfExists') ? unqualified.slice(0, -'IfExists'.length) : unqualified;
  if (base === 'Null' && base !== unqualified) return false; // Null cannot be combined with IfExists
  return BASE_OPERATORS.has(base);
}
