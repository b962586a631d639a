import { Button, CircularProgress, Stack, Tooltip } from '@mui/material';
import { useState } from 'react';
import { Confirm } from 'react-admin';
import { useRoles } from '../shared/use-roles';
import { runButtons, type RunButton } from './run-actions';
import type { ConsoleRun } from './use-bill-run';
import { useRunAction } from './use-run-action';

/** The run's allowed actions as buttons (approve disabled for clerks), with a confirmation for post and cancel. */
export const RunActions = ({ run, onDone }: { run: ConsoleRun; onDone: () => void }) => {
  const { roles } = useRoles();
  const { take, busy } = useRunAction(run.id, onDone);
  const [confirming, setConfirming] = useState<RunButton | null>(null);
  const buttons = runButtons(run.allowedActions, roles, run.status);
  const press = (b: RunButton) => (b.confirm ? setConfirming(b) : void take(b.action));
  return (
    <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }} role="toolbar" aria-label="Run actions">
      {buttons.map(b => (
        <Tooltip key={b.action} title={b.reason ?? ''}>
          {/* a span, so that the tooltip also shows on a disabled button */}
          <span>
            <Button
              variant={
                b.action === 'approve' || b.action === 'post' || b.action === 'calculate'
                  ? 'contained'
                  : 'outlined'
              }
              color={b.action === 'cancel' ? 'error' : 'primary'}
              disabled={!b.enabled || busy !== null}
              onClick={() => press(b)}
              startIcon={busy === b.action ? <CircularProgress size={16} /> : undefined}
              aria-describedby={b.reason ? `reason-${b.action}` : undefined}
            >
              {b.label}
            </Button>
            {b.reason && (
              <span id={`reason-${b.action}`} hidden>
                {b.reason}
              </span>
            )}
          </span>
        </Tooltip>
      ))}
      <Confirm
        isOpen={confirming !== null}
        title={confirming?.label ?? ''}
        content={confirming?.confirm ?? ''}
        onConfirm={() => {
          if (confirming) void take(confirming.action);
          setConfirming(null);
        }}
        onClose={() => setConfirming(null)}
      />
    </Stack>
  );
};
