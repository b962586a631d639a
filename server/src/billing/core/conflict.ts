/**
 * A state that does not allow an action: the API maps it to the `CONFLICT` error code
 * (api-contract.md), with the actions that the state does allow.
 */
export interface Conflict {
  readonly code: 'CONFLICT';
  readonly reason: string;
  readonly message: string;
  readonly allowedActions: readonly string[];
}

/** The outcome of a state change: the new value, or a conflict. */
export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly conflict: Conflict };

/** A thrown Conflict, for callers that prefer exceptions. */
export class ConflictError extends Error {
  readonly conflict: Conflict;
  constructor(conflict: Conflict) {
    super(conflict.message);
    this.name = 'ConflictError';
    this.conflict = conflict;
  }
}

/** The value of an outcome, or a thrown ConflictError. */
export function unwrap<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new ConflictError(outcome.conflict);
  return outcome.value;
}
