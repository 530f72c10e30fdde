import type { AttributeValue } from '../../core/world-dynamodb';
import type { DocPath } from './document-path';
import { STAND_IN, type ExpressionContext } from './expression-context';
import { ExpressionParser } from './expression-parser';
import { invalid } from './dynamodb-error';

// DynamoDB's condition grammar (ConditionExpression, FilterExpression, KeyConditionExpression):
// comparisons, BETWEEN, IN, the functions, AND / OR / NOT and parentheses; NOT binds tighter than AND,
// AND tighter than OR.

export type Comparator = '=' | '<>' | '<' | '<=' | '>' | '>=';
export type Operand = { kind: 'path'; path: DocPath } | { kind: 'value'; value: AttributeValue } | { kind: 'size'; path: DocPath };
export type ConditionFunction = 'attribute_exists' | 'attribute_not_exists' | 'attribute_type' | 'begins_with' | 'contains';
export type Condition =
  | { kind: 'compare'; op: Comparator; left: Operand; right: Operand }
  | { kind: 'between'; subject: Operand; low: Operand; high: Operand }
  | { kind: 'in'; subject: Operand; options: Operand[] }
  | { kind: 'function'; name: ConditionFunction; args: Operand[] }
  | { kind: 'and' | 'or'; left: Condition; right: Condition }
  | { kind: 'not'; operand: Condition };

const COMPARATORS = new Set(['=', '<>', '<', '<=', '>', '>=']);
const ARITY: Record<ConditionFunction, number> = { attribute_exists: 1, attribute_not_exists: 1, attribute_type: 2, begins_with: 2, contains: 2 };

class ConditionParser extends ExpressionParser {
  or(): Condition {
    let left = this.and();
    while (this.keyword('OR')) left = { kind: 'or', left, right: this.and() };
    return left;
  }

  private and(): Condition {
    let left = this.not();
    while (this.keyword('AND')) left = { kind: 'and', left, right: this.not() };
    return left;
  }

  private not(): Condition {
    if (this.keyword('NOT')) return { kind: 'not', operand: this.not() };
    if (this.accept('(')) {
      const inner = this.or();
      this.expect(')');
      return inner;
    }
    const token = this.peek();
    if (token.kind === 'name' && this.peek(1).text === '(' && token.text !== 'size') return this.call();
    const subject = this.operand();
    if (this.keyword('BETWEEN')) {
      const low = this.operand();
      if (!this.keyword('AND')) throw this.fail();
      return { kind: 'between', subject, low, high: this.operand() };
    }
    if (this.keyword('IN')) {
      this.expect('(');
      const options = [this.operand()];
      while (this.accept(',')) options.push(this.operand());
      this.expect(')');
      return { kind: 'in', subject, options };
    }
    const op = this.peek();
    if (op.kind !== 'op' || !COMPARATORS.has(op.text)) throw this.fail();
    this.next();
    return { kind: 'compare', op: op.text as Comparator, left: subject, right: this.operand() };
  }

  private call(): Condition {
    const name = this.next().text;
    if (!Object.hasOwn(ARITY, name)) throw invalid(`Invalid ${this.ctx.label}: Invalid function name; function: ${name}`);
    this.expect('(');
    const args = [this.operand()];
    while (this.accept(',')) args.push(this.operand());
    this.expect(')');
    const fn = name as ConditionFunction;
    if (args.length !== ARITY[fn]) {
      throw invalid(`Invalid ${this.ctx.label}: Incorrect number of operands for operator or function; operator or function: ${fn}, number of operands: ${args.length}`);
    }
    if (args[0]!.kind !== 'path') {
      throw invalid(`Invalid ${this.ctx.label}: Operator or function requires a document path; operator or function: ${fn}`);
    }
    const second = args[1];
    if (fn === 'begins_with' && second?.kind === 'value' && second.value !== STAND_IN && second.value.S === undefined && second.value.B === undefined) {
      throw invalid(`Invalid ${this.ctx.label}: Incorrect operand type for operator or function; operator or function: begins_with, operand type: ${Object.keys(second.value)[0]}`);
    }
    return { kind: 'function', name: fn, args };
  }

  operand(): Operand {
    const token = this.peek();
    if (token.kind === 'attr-value') return { kind: 'value', value: this.ctx.value(this.next().text) };
    if (token.kind === 'name' && token.text === 'size' && this.peek(1).text === '(') {
      this.next();
      this.expect('(');
      const path = this.path();
      this.expect(')');
      return { kind: 'size', path };
    }
    return { kind: 'path', path: this.path() };
  }
}

/** Parses a condition; names and values are resolved through the request's placeholders. */
export function parseCondition(ctx: ExpressionContext, text: string): Condition {
  const parser = new ConditionParser(ctx, text);
  const condition = parser.or();
  parser.end();
  return condition;
}
