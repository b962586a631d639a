import { GraphQLError } from 'graphql';

/** One field (input path) or file line at fault. */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}
export interface LineProblem {
  readonly line: number;
  readonly message: string;
}

export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/** A failure the client can act on; mapped to `extensions.code` (api-contract.md "Errors"). */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

/** Bad input: names the first field at fault in `field` and all of them in `fields`. */
export class BadUserInput extends DomainError {
  constructor(message: string, problems: readonly FieldProblem[] = []) {
    super('BAD_USER_INPUT', message, problems.length ? { field: problems[0]!.field, fields: problems } : {});
  }
  static field(field: string, message: string): BadUserInput {
    return new BadUserInput(`${field}: ${message}`, [{ field, message }]);
  }
  static fields(problems: readonly FieldProblem[]): BadUserInput {
    return new BadUserInput(problems.map(p => `${p.field}: ${p.message}`).join('; '), problems);
  }
}

/** A file that cannot be taken whole: every line at fault in `extensions.lines`. */
export class BadFile extends DomainError {
  constructor(fileName: string, lines: readonly LineProblem[]) {
    const shown = lines.slice(0, 5).map(l => `line ${l.line}: ${l.message}`).join('; ');
    super('BAD_USER_INPUT', `${fileName} was not imported (${lines.length} line(s) at fault): ${shown}`, {
      field: 'content',
      lines,
    });
  }
}

export class NotFound extends DomainError {
  constructor(what: string, id: string, field = 'id') {
    super('NOT_FOUND', `${what} ${id} was not found`, { field });
  }
}

/** The record's state does not allow the action (an illegal transition, a reused key). */
export class Conflict extends DomainError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super('CONFLICT', message, extensions);
  }
}

export class Unauthenticated extends DomainError {
  constructor(message = 'Sign in first: send a session cookie or an Authorization: Bearer token', extensions: Record<string, unknown> = {}) {
    // HTTP 401, so proxies and monitoring see a refused request, not a server error.
    super('UNAUTHENTICATED', message, { ...extensions, http: { status: 401 } });
  }
}

export class Forbidden extends DomainError {
  constructor(message = 'Your role does not allow this') {
    super('FORBIDDEN', message);
  }
}

/** Collects field problems, then throws them all at once. */
export class InputProblems {
  readonly problems: FieldProblem[] = [];
  add(field: string, message: string): this {
    this.problems.push({ field, message });
    return this;
  }
  check(condition: boolean, field: string, message: string): this {
    if (!condition) this.add(field, message);
    return this;
  }
  throwIfAny(): void {
    if (this.problems.length) throw BadUserInput.fields(this.problems);
  }
}
