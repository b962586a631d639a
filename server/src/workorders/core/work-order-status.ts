/** Work order lifecycle (billing-rules.md "Service lifecycle and work orders") as a transition table. */
export type WorkOrderState = 'OPEN' | 'DISPATCHED' | 'COMPLETED' | 'CLOSED' | 'CANCELLED';
export type WorkOrderAction = 'dispatch' | 'complete' | 'close' | 'cancel';

export const WORK_ORDER_TRANSITIONS: Readonly<Record<WorkOrderAction, { from: readonly WorkOrderState[]; to: WorkOrderState }>> = {
  dispatch: { from: ['OPEN'], to: 'DISPATCHED' },
  complete: { from: ['OPEN', 'DISPATCHED'], to: 'COMPLETED' },
  close: { from: ['COMPLETED'], to: 'CLOSED' },
  cancel: { from: ['OPEN', 'DISPATCHED'], to: 'CANCELLED' },
};

/** The state after an action, or null when the action is not allowed from this state. */
export function nextWorkOrderState(from: WorkOrderState, action: WorkOrderAction): WorkOrderState | null {
  const transition = WORK_ORDER_TRANSITIONS[action];
  return transition.from.includes(from) ? transition.to : null;
}

/** Actions allowed from a state, for error messages and for the work-order board's buttons. */
export function allowedWorkOrderActions(from: WorkOrderState): WorkOrderAction[] {
  return (Object.keys(WORK_ORDER_TRANSITIONS) as WorkOrderAction[]).filter(a => WORK_ORDER_TRANSITIONS[a].from.includes(from));
}
