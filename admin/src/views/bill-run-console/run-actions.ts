/** A button of the run console: an action of the run's transition table. */
export interface RunButton {
  readonly action: RunAction;
  readonly label: string;
  readonly enabled: boolean;
  /** Why it is disabled. */
  readonly reason?: string;
  readonly confirm?: string;
}

export type RunAction = 'buildEditList' | 'calculate' | 'approve' | 'reopen' | 'post' | 'export' | 'cancel';

const BUTTONS: readonly { action: RunAction; label: string; supervisor?: boolean; confirm?: string }[] = [
  { action: 'buildEditList', label: 'Refresh edit list' },
  { action: 'calculate', label: 'Calculate' },
  { action: 'approve', label: 'Approve', supervisor: true },
  { action: 'reopen', label: 'Reopen', supervisor: true },
  {
    action: 'post',
    label: 'Post',
    confirm: 'Post the bills to the ledger and number them? This cannot be undone.',
  },
  { action: 'export', label: 'Mark exported' },
  { action: 'cancel', label: 'Cancel run', confirm: 'Cancel this bill run?' },
];

/**
 * The buttons for the actions the server allows now (`allowedActions`), in the order of the
 * cycle. Approve and reopen are shown to everyone but enabled for supervisors only, so a clerk
 * sees that the run waits for one. A long step in progress disables everything.
 */
export function runButtons(
  allowedActions: readonly string[],
  roles: readonly string[],
  status: string,
): RunButton[] {
  const supervisor = roles.includes('SUPERVISOR') || roles.includes('ADMIN');
  const running = status === 'CALCULATING' || status === 'POSTING';
  return BUTTONS.filter(b => allowedActions.includes(b.action)).map(b => {
    const reason = running
      ? `Wait for ${status === 'CALCULATING' ? 'the calculation' : 'posting'} to finish`
      : b.supervisor && !supervisor
        ? 'A supervisor approves bill runs'
        : undefined;
    return {
      action: b.action,
      label: b.label,
      enabled: !reason,
      ...(reason ? { reason } : {}),
      ...(b.confirm ? { confirm: b.confirm } : {}),
    };
  });
}
