import { Alert, Box, Chip, Link, Stack, Typography } from '@mui/material';
import { formatDateTime } from '../../format/dates';
import { humanize } from '../../format/labels';
import { useWho } from '../shared/who';
import { ExceptionActions, type ActRequest } from './ExceptionActions';
import { ExceptionFigures } from './ExceptionFigures';
import { AccountHistory } from './AccountHistory';
import type { EditListException } from './use-edit-list';
import type { useExceptionAccount } from './use-exception-account';

interface Props {
  readonly exception: EditListException | null;
  readonly detail: ReturnType<typeof useExceptionAccount>;
  readonly windowEnd: string;
  readonly busy: boolean;
  readonly onAct: (request: ActRequest) => void;
}

/** Beside the list: the current exception's figures, actions, and the account's usage and reads. */
export const ExceptionDetail = ({ exception, detail, windowEnd, busy, onAct }: Props) => {
  if (!exception) {
    return (
      <Typography variant="body2">
        Pick an exception (j/k or a click) to see its figures and history.
      </Typography>
    );
  }
  const { account, inRun } = detail;
  const who = useWho();
  return (
    <Box sx={{ display: 'grid', gap: 2 }} aria-label="Current exception" component="section">
      <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Chip label={exception.code} color={exception.blocking ? 'error' : 'default'} />
        <Link href={`#/accounts/${encodeURIComponent(exception.account.id)}/show`} variant="subtitle1">
          Account {exception.account.number}
        </Link>
        {account && (
          <Typography variant="body2" color="text.secondary">
            {account.customer.name}
            {account.customer.phone ? ` · ${account.customer.phone}` : ''}
          </Typography>
        )}
      </Stack>
      <Typography variant="body2">{exception.message}</Typography>
      <ExceptionFigures figures={exception.figures} />
      {inRun && inRun.disposition !== 'BILLABLE' && (
        <Alert severity={inRun.disposition === 'HELD' ? 'info' : 'warning'}>
          {inRun.holdReason ?? (inRun.disposition === 'HELD' ? 'Held out of this run' : 'Blocked')}
        </Alert>
      )}
      <ExceptionActions disabled={busy} onAct={onAct} />
      {exception.actions.length > 0 && (
        <Box component="ol" aria-label="Actions taken" sx={{ m: 0, pl: 2.5 }}>
          {exception.actions.map(a => (
            <Typography component="li" variant="body2" key={a.id}>
              {[humanize(a.workOrderType ?? a.kind), who(a.by ?? null), formatDateTime(a.at), a.note ? `“${a.note}”` : '']
                .filter(Boolean)
                .join(' · ')}
            </Typography>
          ))}
        </Box>
      )}
      {account ? (
        <AccountHistory account={account} windowEnd={windowEnd} />
      ) : (
        <Typography variant="body2" color="text.secondary">
          Loading the account's history…
        </Typography>
      )}
    </Box>
  );
};
