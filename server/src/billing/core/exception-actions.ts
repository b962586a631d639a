import type { Conflict, Outcome } from './conflict.js';
import type { EditCode } from './edit-thresholds.js';
import type {
  AccountEditState,
  ActionRecord,
  EditWorkOrderType,
  ExceptionActionKind,
  TrackedException,
} from './edit-state.js';

const READ_CODES: readonly EditCode[] = ['NO_READ', 'NEGATIVE', 'HIGH', 'LOW', 'ZERO', 'ROLLOVER'];

/**
 * What each action does (billing-rules.md: "Actions on an exception: accept, correct the read …,
 * estimate, hold the account out of this run, issue a work order (re-read, leak check)").
 * `codes`: the exceptions it may target (null = the account, no code needed); `resolves`: it
 * resolves the targeted exception. ACCEPT never resolves NEGATIVE (a read error, not usage) or
 * NO_READ (there is nothing to accept); only ESTIMATE, a re-read or a hold clears NO_READ.
 * CORRECT_READ and WORK_ORDER resolve nothing by themselves: the corrected or re-read value goes
 * through the checks again (mergeRecheck).
 */
export const EXCEPTION_ACTIONS: Readonly<
  Record<ExceptionActionKind, { readonly codes: readonly EditCode[] | null; readonly resolves: boolean }>
> = {
  ACCEPT: {
    codes: ['HIGH', 'LOW', 'ZERO', 'ROLLOVER', 'METER_CHANGE', 'AMI_ALERT', 'PARTIAL_PERIOD'],
    resolves: true,
  },
  ESTIMATE: { codes: ['NO_READ'], resolves: true },
  CORRECT_READ: { codes: READ_CODES, resolves: false },
  WORK_ORDER: { codes: [...READ_CODES, 'METER_CHANGE', 'AMI_ALERT'], resolves: false },
  HOLD: { codes: null, resolves: false },
  RELEASE_HOLD: { codes: null, resolves: false },
};

/** The codes a LEAK_CHECK work order may answer (a RE_READ may answer any WORK_ORDER code). */
export const LEAK_CHECK_CODES: readonly EditCode[] = ['HIGH', 'ZERO', 'AMI_ALERT'];

export type ExceptionAction = Omit<ActionRecord, 'code'> & { readonly code?: EditCode };

/** What the caller must do after the state change. */
export type ExceptionEffect =
  | { readonly type: 'RECHECK' }
  | { readonly type: 'ESTIMATE_READ' }
  | { readonly type: 'CREATE_WORK_ORDER'; readonly workOrderType: EditWorkOrderType }
  | { readonly type: 'EXCLUDE_FROM_RUN' }
  | { readonly type: 'INCLUDE_IN_RUN' };

/**
 * Applies an edit-list action to one account's state → the new state (with the action in its
 * history) and the effects to carry out, or a CONFLICT: wrong code for the action, no such open
 * exception, already resolved, held twice, released when not held, the same work order twice.
 */
export function applyExceptionAction(
  state: AccountEditState,
  action: ExceptionAction,
): Outcome<{ state: AccountEditState; effects: ExceptionEffect[] }> {
  const rule = EXCEPTION_ACTIONS[action.kind];
  const record: ActionRecord = { ...action, code: action.code ?? null };
  const history = [...state.history, record];
  if (action.kind === 'HOLD' || action.kind === 'RELEASE_HOLD') {
    const hold = action.kind === 'HOLD';
    if (hold === (state.held !== null)) {
      const reason = hold ? 'ALREADY_HELD' : 'NOT_HELD';
      return conflict(reason, `account is ${hold ? 'already' : 'not'} held`, state);
    }
    const effects: ExceptionEffect[] = [{ type: hold ? 'EXCLUDE_FROM_RUN' : 'INCLUDE_IN_RUN' }];
    return { ok: true, value: { state: { ...state, held: hold ? record : null, history }, effects } };
  }
  if (action.kind === 'CORRECT_READ' && action.code === undefined) {
    const exceptions = state.exceptions.map(e =>
      READ_CODES.includes(e.code) ? { ...e, status: 'RECHECK' as const } : e,
    );
    return { ok: true, value: { state: { ...state, exceptions, history }, effects: [{ type: 'RECHECK' }] } };
  }
  const target = state.exceptions.find(e => e.code === action.code);
  if (!action.code || !rule.codes?.includes(action.code)) {
    return conflict(
      'ACTION_NOT_ALLOWED_FOR_CODE',
      `${action.kind} does not apply to ${action.code ?? 'no exception'}`,
      state,
    );
  }
  if (!target) return conflict('NO_SUCH_EXCEPTION', `the account has no ${action.code} exception`, state);
  if (target.status === 'RESOLVED') {
    return conflict('ALREADY_RESOLVED', `${action.code} is already resolved`, state);
  }
  return applyToException(state, target, record, history);
}

function applyToException(
  state: AccountEditState,
  target: TrackedException,
  record: ActionRecord,
  history: readonly ActionRecord[],
): Outcome<{ state: AccountEditState; effects: ExceptionEffect[] }> {
  let updated: TrackedException = target;
  const effects: ExceptionEffect[] = [];
  if (record.kind === 'WORK_ORDER') {
    const type = record.workOrderType;
    if (!type || (type === 'LEAK_CHECK' && !LEAK_CHECK_CODES.includes(target.code))) {
      return conflict(
        'ACTION_NOT_ALLOWED_FOR_CODE',
        `work order ${type ?? '(none)'} does not apply to ${target.code}`,
        state,
      );
    }
    if (target.workOrders.includes(type)) {
      return conflict('WORK_ORDER_EXISTS', `a ${type} work order is already open`, state);
    }
    updated = { ...target, workOrders: [...target.workOrders, type] };
    effects.push({ type: 'CREATE_WORK_ORDER', workOrderType: type });
  } else if (record.kind === 'CORRECT_READ') {
    updated = { ...target, status: 'RECHECK' };
    effects.push({ type: 'RECHECK' });
  } else {
    updated = { ...target, status: 'RESOLVED', resolvedBy: record };
    if (record.kind === 'ESTIMATE') effects.push({ type: 'ESTIMATE_READ' }, { type: 'RECHECK' });
  }
  const exceptions = state.exceptions.map(e => (e.code === target.code ? updated : e));
  return { ok: true, value: { state: { ...state, exceptions, history }, effects } };
}

/** The actions that make sense for an account now (for the CONFLICT message and the UI). */
export function availableExceptionActions(state: AccountEditState): ExceptionActionKind[] {
  const open = state.exceptions.filter(e => e.status !== 'RESOLVED').map(e => e.code);
  const kinds = (['ACCEPT', 'ESTIMATE', 'CORRECT_READ', 'WORK_ORDER'] as const).filter(k =>
    open.some(code => EXCEPTION_ACTIONS[k].codes?.includes(code)),
  );
  return [...kinds, state.held ? 'RELEASE_HOLD' : 'HOLD'];
}

function conflict(
  reason: string,
  message: string,
  state: AccountEditState,
): { ok: false; conflict: Conflict } {
  return {
    ok: false,
    conflict: { code: 'CONFLICT', reason, message, allowedActions: availableExceptionActions(state) },
  };
}
