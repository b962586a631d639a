import type { Conflict, Outcome } from './conflict.js';

/** Bill run statuses (billing-rules.md: "Bill runs"). CALCULATING and POSTING are long steps. */
export const BILL_RUN_STATUSES = [
  'DRAFT',
  'EDITS',
  'CALCULATING',
  'CALCULATED',
  'APPROVED',
  'POSTING',
  'POSTED',
  'EXPORTED',
  'CANCELLED',
] as const;
export type BillRunStatus = (typeof BILL_RUN_STATUSES)[number];

export const BILL_RUN_ACTIONS = [
  'buildEditList',
  'calculate',
  'finishCalculation',
  'approve',
  'reopen',
  'post',
  'finishPosting',
  'export',
  'cancel',
] as const;
export type BillRunAction = (typeof BILL_RUN_ACTIONS)[number];

export type BillRunRole = 'ADMIN' | 'SUPERVISOR' | 'CLERK';

export interface BillRunTransition {
  readonly action: BillRunAction;
  readonly from: readonly BillRunStatus[];
  readonly to: BillRunStatus;
  /** Roles allowed to take the action (explicit list, no hierarchy assumed). */
  readonly roles: readonly BillRunRole[];
}

const ANY_BILLING_ROLE: readonly BillRunRole[] = ['CLERK', 'SUPERVISOR', 'ADMIN'];
const SUPERVISORS: readonly BillRunRole[] = ['SUPERVISOR', 'ADMIN'];

/**
 * The bill run lifecycle as data (billing-rules.md: "DRAFT → EDITS → CALCULATED → APPROVED (a
 * supervisor) → POSTED → EXPORTED. Recalculation is allowed before approval. A run interrupted at
 * any step can be run again"). Long steps have a start action (calculate, post) that enters the
 * -ING status and a finish action that leaves it; the start action is also allowed FROM the -ING
 * status, which is how an interrupted run resumes (the step itself must be idempotent).
 * Rebuilding the edit list after calculation (a read corrected on review) drops back to EDITS.
 * Reopening an approved run also returns to EDITS, so it is recalculated and approved again.
 * An approved run cannot be cancelled without reopening it; a posted run never leaves
 * POSTED/EXPORTED (a posted bill is corrected by cancel-and-rebill, not by the run).
 */
export const BILL_RUN_TRANSITIONS: readonly BillRunTransition[] = [
  { action: 'buildEditList', from: ['DRAFT', 'EDITS', 'CALCULATED'], to: 'EDITS', roles: ANY_BILLING_ROLE },
  {
    action: 'calculate',
    from: ['EDITS', 'CALCULATED', 'CALCULATING'],
    to: 'CALCULATING',
    roles: ANY_BILLING_ROLE,
  },
  { action: 'finishCalculation', from: ['CALCULATING'], to: 'CALCULATED', roles: ANY_BILLING_ROLE },
  { action: 'approve', from: ['CALCULATED'], to: 'APPROVED', roles: SUPERVISORS },
  { action: 'reopen', from: ['APPROVED'], to: 'EDITS', roles: SUPERVISORS },
  { action: 'post', from: ['APPROVED', 'POSTING'], to: 'POSTING', roles: ANY_BILLING_ROLE },
  { action: 'finishPosting', from: ['POSTING'], to: 'POSTED', roles: ANY_BILLING_ROLE },
  { action: 'export', from: ['POSTED', 'EXPORTED'], to: 'EXPORTED', roles: ANY_BILLING_ROLE },
  { action: 'cancel', from: ['DRAFT', 'EDITS', 'CALCULATED'], to: 'CANCELLED', roles: ANY_BILLING_ROLE },
];

function transitionOf(action: BillRunAction): BillRunTransition {
  const transition = BILL_RUN_TRANSITIONS.find(t => t.action === action);
  if (!transition) throw new RangeError(`unknown bill run action: ${String(action)}`);
  return transition;
}

/** The actions a run in `status` allows, in table order. */
export function allowedBillRunActions(status: BillRunStatus): BillRunAction[] {
  return BILL_RUN_TRANSITIONS.filter(t => t.from.includes(status)).map(t => t.action);
}

/** True when the table allows `action` on a run in `from`. */
export function canTransition(from: BillRunStatus, action: BillRunAction): boolean {
  return transitionOf(action).from.includes(from);
}

/**
 * The status after `action` on a run in `from`, or a CONFLICT naming the allowed actions.
 * With `roles`, also a conflict (reason FORBIDDEN_ROLE) when none of them may take the action;
 * the API reports that one as FORBIDDEN.
 */
export function nextStatus(
  from: BillRunStatus,
  action: BillRunAction,
  roles?: readonly string[],
): Outcome<BillRunStatus> {
  const transition = transitionOf(action);
  const allowedActions = allowedBillRunActions(from);
  if (!transition.from.includes(from)) {
    const allowed = allowedActions.length ? allowedActions.join(', ') : 'none';
    const message = `a bill run in ${from} cannot ${action}; allowed: ${allowed}`;
    return { ok: false, conflict: conflict('ILLEGAL_TRANSITION', message, allowedActions) };
  }
  if (roles && !roles.some(r => (transition.roles as readonly string[]).includes(r))) {
    const message = `${action} needs one of the roles ${transition.roles.join(', ')}`;
    return { ok: false, conflict: conflict('FORBIDDEN_ROLE', message, allowedActions) };
  }
  return { ok: true, value: transition.to };
}

/**
 * The step to run again for a run found in an -ING status (a crash or a kill during the step):
 * CALCULATING → calculate, POSTING → post; null when the run is not interrupted.
 */
export function resumeAction(status: BillRunStatus): BillRunAction | null {
  if (status === 'CALCULATING') return 'calculate';
  if (status === 'POSTING') return 'post';
  return null;
}

function conflict(reason: string, message: string, allowedActions: readonly string[]): Conflict {
  return { code: 'CONFLICT', reason, message, allowedActions };
}
