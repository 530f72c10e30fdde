import type { AttributeValue } from '../../core/world-dynamodb';
import { type DocPath, overlaps } from './document-path';
import { STAND_IN, type ExpressionContext } from './expression-context';
import { ExpressionParser } from './expression-parser';
import { invalid } from './dynamodb-error';

// UpdateExpression: SET (with + and -, if_not_exists and list_append), REMOVE, ADD and DELETE clauses,
// each at most once, their actions separated by commas.

export type SetOperand =
  | { kind: 'path'; path: DocPath }
  | { kind: 'value'; value: AttributeValue }
  | { kind: 'if_not_exists'; path: DocPath; fallback: SetOperand }
  | { kind: 'list_append'; first: SetOperand; second: SetOperand }
  | { kind: '+' | '-'; left: SetOperand; right: SetOperand };
export type UpdateAction =
  | { kind: 'SET'; path: DocPath; value: SetOperand }
  | { kind: 'REMOVE'; path: DocPath }
  | { kind: 'ADD' | 'DELETE'; path: DocPath; value: AttributeValue };

const CLAUSES = ['SET', 'REMOVE', 'ADD', 'DELETE'] as const;

class UpdateParser extends ExpressionParser {
  actions(): UpdateAction[] {
    const actions: UpdateAction[] = [];
    const seen = new Set<string>();
    do {
      const clause = CLAUSES.find((c) => this.keyword(c));
      if (!clause) throw this.fail();
      if (seen.has(clause)) throw invalid(`Invalid UpdateExpression: The "${clause}" section can only be used once in an update expression;`);
      seen.add(clause);
      do actions.push(this.action(clause));
      while (this.accept(','));
    } while (this.peek().kind !== 'end');
    return actions;
  }

  private action(clause: (typeof CLAUSES)[number]): UpdateAction {
    const path = this.path();
    if (clause === 'REMOVE') return { kind: 'REMOVE', path };
    if (clause === 'SET') {
      this.expect('=');
      const left = this.setOperand();
      const op = this.peek();
      if (op.kind === 'op' && (op.text === '+' || op.text === '-')) {
        this.next();
        return { kind: 'SET', path, value: { kind: op.text, left, right: this.setOperand() } };
      }
      return { kind: 'SET', path, value: left };
    }
    if (this.peek().kind !== 'attr-value') throw this.fail();
    const value = this.ctx.value(this.next().text);
    const type = Object.keys(value)[0]!;
    if (value !== STAND_IN && !(clause === 'ADD' ? ['N', 'SS', 'NS', 'BS'] : ['SS', 'NS', 'BS']).includes(type)) {
      throw invalid(`Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ${clause}, operand type: ${type}`); // (unconfirmed)
    }
    return { kind: clause, path, value };
  }

  private setOperand(): SetOperand {
    const token = this.peek();
    if (token.kind === 'attr-value') return { kind: 'value', value: this.ctx.value(this.next().text) };
    if (token.kind === 'name' && this.peek(1).text === '(') {
      const name = this.next().text;
      if (name !== 'if_not_exists' && name !== 'list_append') throw invalid(`Invalid UpdateExpression: Invalid function name; function: ${name}`);
      this.expect('(');
      const first = name === 'if_not_exists' ? this.path() : this.setOperand();
      this.expect(',');
      const second = this.setOperand();
      this.expect(')');
      return name === 'if_not_exists'
        ? { kind: 'if_not_exists', path: first as DocPath, fallback: second }
        : { kind: 'list_append', first: first as SetOperand, second };
    }
    return { kind: 'path', path: this.path() };
  }
}

const pathList = (path: DocPath) => `[${path.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join(', ')}]`;

/** Parses an update expression; two overlapping paths are refused, as DynamoDB does [obs]. */
export function parseUpdate(ctx: ExpressionContext, text: string): UpdateAction[] {
  const parser = new UpdateParser(ctx, text);
  const actions = parser.actions();
  parser.end();
  actions.forEach((a, i) => {
    const clash = actions.slice(0, i).find((b) => overlaps(a.path, b.path));
    if (clash) {
      throw invalid('Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; '
        + `path one: ${pathList(clash.path)}, path two: ${pathList(a.path)}`);
    }
  });
  return actions;
}

/** An update may not touch a key attribute [obs]. */
export function checkNotKey(actions: UpdateAction[], keyNames: string[]): void {
  const name = actions.map((a) => a.path[0] as string).find((n) => keyNames.includes(n));
  if (name !== undefined) throw invalid(`One or more parameter values were invalid: Cannot update attribute ${name}. This attribute is part of the key`);
}
