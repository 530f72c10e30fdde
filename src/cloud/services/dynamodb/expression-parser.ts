import type { DocPath } from './document-path';
import type { ExpressionContext } from './expression-context';
import { isKeyword, syntaxError, tokenize, type Token } from './expression-tokens';
import { invalid } from './dynamodb-error';

/** A cursor over one expression's tokens, with the pieces every expression grammar shares. */
export class ExpressionParser {
  readonly tokens: Token[];
  index = 0;

  constructor(readonly ctx: ExpressionContext, readonly text: string) {
    if (text.trim() === '') throw invalid(`Invalid ${ctx.label}: The expression can not be empty;`);
    this.tokens = tokenize(ctx.label, text);
  }

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)]!;
  }

  next(): Token {
    const token = this.peek();
    if (this.index < this.tokens.length - 1) this.index++;
    return token;
  }

  fail(): Error {
    return syntaxError(this.ctx.label, this.text, this.tokens, this.index);
  }

  /** Consumes the punctuation or operator `text`, else a syntax error at the current token. */
  expect(text: string): void {
    const token = this.peek();
    if ((token.kind !== 'punct' && token.kind !== 'op') || token.text !== text) throw this.fail();
    this.next();
  }

  accept(text: string): boolean {
    const token = this.peek();
    if ((token.kind === 'punct' || token.kind === 'op') && token.text === text) {
      this.next();
      return true;
    }
    return false;
  }

  keyword(word: string): boolean {
    if (!isKeyword(this.peek(), word)) return false;
    this.next();
    return true;
  }

  /** A document path: a name or #placeholder, then .name / .#placeholder / [index] steps. */
  path(): DocPath {
    const path: DocPath = [this.pathName()];
    for (;;) {
      if (this.accept('.')) path.push(this.pathName());
      else if (this.accept('[')) {
        const index = this.peek();
        if (index.kind !== 'number') throw this.fail();
        this.next();
        path.push(Number(index.text));
        this.expect(']');
      } else return path;
    }
  }

  private pathName(): string {
    const token = this.peek();
    if (token.kind === 'attr-name') return this.ctx.name(this.next().text);
    if (token.kind === 'name') return this.ctx.plainName(this.next().text);
    throw this.fail();
  }

  /** The end of the expression, else a syntax error at what is left. */
  end(): void {
    if (this.peek().kind !== 'end') throw this.fail();
  }
}
