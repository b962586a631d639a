import type { EditException } from './edit-checks.js';
import type { EditCode } from './edit-thresholds.js';

export type ExceptionActionKind =
  'ACCEPT' | 'CORRECT_READ' | 'ESTIMATE' | 'HOLD' | 'WORK_ORDER' | 'RELEASE_HOLD';
export type EditWorkOrderType = 'RE_READ' | 'LEAK_CHECK';

/** Who did what and when (billing-rules.md: "Every action records who and when"). */
export interface ActionRecord {
  readonly kind: ExceptionActionKind;
  readonly code: EditCode | null;
  readonly workOrderType?: EditWorkOrderType;
  readonly by: string;
  /** ISO instant, from the caller's clock. */
  readonly at: string;
  readonly note?: string;
}

/** An exception of the edit list and where it stands. */
export interface TrackedException extends EditException {
  /** OPEN; RESOLVED by an action; RECHECK once the read was corrected, until checks run again. */
  readonly status: 'OPEN' | 'RESOLVED' | 'RECHECK';
  readonly resolvedBy: ActionRecord | null;
  readonly workOrders: readonly EditWorkOrderType[];
}

/** One account's edit-list state in a run. */
export interface AccountEditState {
  readonly exceptions: readonly TrackedException[];
  /** Set while the account is held out of this run. */
  readonly held: ActionRecord | null;
  /** Every action taken, oldest first. */
  readonly history: readonly ActionRecord[];
}

/** The state of a freshly built edit list: every exception OPEN, nothing held. */
export function initialEditState(exceptions: readonly EditException[]): AccountEditState {
  return {
    exceptions: exceptions.map(e => ({ ...e, status: 'OPEN', resolvedBy: null, workOrders: [] })),
    held: null,
    history: [],
  };
}

/**
 * The state after the checks ran again (a corrected read, an estimate, a new actual read): an
 * exception that is gone is dropped; one that comes back with the same figures keeps its
 * resolution and work orders (e.g. NO_READ resolved by ESTIMATE); one whose figures changed is
 * OPEN again, because what was accepted is not what is now there. Hold and history are kept.
 */
export function mergeRecheck(
  state: AccountEditState,
  exceptions: readonly EditException[],
): AccountEditState {
  const merged = exceptions.map((fresh): TrackedException => {
    const before = state.exceptions.find(e => e.code === fresh.code);
    const same = before && before.status === 'RESOLVED' && sameFigures(before.figures, fresh.figures);
    return same
      ? { ...fresh, status: 'RESOLVED', resolvedBy: before.resolvedBy, workOrders: before.workOrders }
      : { ...fresh, status: 'OPEN', resolvedBy: null, workOrders: before?.workOrders ?? [] };
  });
  return { ...state, exceptions: merged };
}

/** Whether the account is billed in this run, and if not why (for the unbilled-accounts audit). */
export type RunDisposition =
  | { readonly status: 'BILLABLE' }
  | { readonly status: 'HELD'; readonly by: string; readonly at: string }
  | { readonly status: 'BLOCKED'; readonly codes: readonly EditCode[] };

/**
 * BILLABLE when no blocking exception is unresolved; HELD when held out of the run; else BLOCKED
 * with the codes (billing-rules.md: "An audit shows every active account … that got no bill and
 * why (held, blocking exception …)"). A blocking exception awaiting RECHECK still blocks.
 */
export function runDisposition(state: AccountEditState): RunDisposition {
  if (state.held) return { status: 'HELD', by: state.held.by, at: state.held.at };
  const codes = state.exceptions.filter(e => e.blocking && e.status !== 'RESOLVED').map(e => e.code);
  return codes.length ? { status: 'BLOCKED', codes } : { status: 'BILLABLE' };
}

function sameFigures(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every(k => a[k] === b[k]);
}
