import { HttpError } from 'react-admin';

/** A GraphQL error as the server formats it (shared/graphql/errors.ts). */
export interface GraphqlErrorLike {
  readonly message: string;
  readonly extensions?: {
    readonly code?: unknown;
    readonly field?: unknown;
    readonly fields?: unknown;
    readonly [key: string]: unknown;
  };
}

/** What urql's CombinedError carries, reduced to what the mapping needs. */
export interface ErrorLike {
  readonly message?: string;
  readonly graphQLErrors?: readonly GraphqlErrorLike[];
  readonly networkError?: Error;
  readonly response?: { readonly status?: number };
}

const STATUS: Readonly<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  GRAPHQL_PARSE_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/** An input path → the form field it belongs to: `input.zip` → `zip`, `rateScheduleCodes[1]` → `rateScheduleCodes`. */
export function formFieldOf(path: string): string {
  return path.replace(/^input\./, '').replace(/\[\d+\].*$/, '');
}

/** `Variable "$input" got invalid value "x" at "input.sequence"; Int cannot …` → `Int cannot …` */
function shortMessage(message: string): string {
  const reason = /^Variable "\$\w+" got invalid value .*?; (.+)$/s.exec(message)?.[1];
  return reason ?? message;
}

/** One error for a notification: a coercion error names its field instead of the whole variable. */
function describe(error: GraphqlErrorLike): string {
  const short = shortMessage(error.message);
  const field = error.extensions?.field;
  return short !== error.message && typeof field === 'string'
    ? `${formFieldOf(field)}: ${short}`
    : error.message;
}

/** The field errors of BAD_USER_INPUT errors, keyed by form field (first message per field wins). */
export function fieldErrors(errors: readonly GraphqlErrorLike[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const error of errors) {
    if (error.extensions?.code !== 'BAD_USER_INPUT') continue;
    const problems = Array.isArray(error.extensions.fields)
      ? (error.extensions.fields as { field?: unknown; message?: unknown }[])
      : [];
    for (const p of problems) {
      if (typeof p.field === 'string' && typeof p.message === 'string')
        result[formFieldOf(p.field)] ??= p.message;
    }
    if (!problems.length && typeof error.extensions.field === 'string') {
      result[formFieldOf(error.extensions.field)] ??= shortMessage(error.message);
    }
  }
  return result;
}

/**
 * A failed operation → react-admin's HttpError: the status follows `extensions.code`, and field
 * errors go in `body.errors` so that forms show them next to their inputs.
 */
export function toHttpError(error: ErrorLike): HttpError {
  const graphqlErrors = error.graphQLErrors ?? [];
  const first = graphqlErrors[0];
  if (!first) {
    const status = error.response?.status && error.response.status >= 400 ? error.response.status : 503;
    const reason = error.networkError?.message ?? error.message ?? 'no response';
    return new HttpError(`The server could not be reached (${reason})`, status);
  }
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
  const errors = fieldErrors(graphqlErrors);
  const message = graphqlErrors.map(describe).join('; ');
  // root.serverError is what react-admin notifies instead of its generic "the form is not valid".
  const body = Object.keys(errors).length
    ? { code, errors: { ...errors, root: { serverError: message } } }
    : { code };
  return new HttpError(message, STATUS[code] ?? 500, body);
}
