import type { ReactNode } from 'react';
import { Box, Chip, Stack, Typography } from '@mui/material';
import { formatDate, formatDateTime } from '../../format/dates';
import { humanize } from '../../format/labels';
import { formatMoney } from '../../format/money';
import { useWho } from '../shared/who';
import type { ConsoleRun } from './use-bill-run';

const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    <Typography variant="body2">{children}</Typography>
  </Box>
);

/** Who the run is for and where it stands: cycle, window, dates, counts, approvals. */
export const RunHeader = ({ run }: { run: ConsoleRun }) => {
  const who = useWho();
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <Stack direction="row" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1">
          Bill run {run.number}
        </Typography>
        <Chip
          label={humanize(run.status)}
          color={run.status === 'POSTED' || run.status === 'EXPORTED' ? 'success' : 'primary'}
          data-testid="run-status"
        />
        <Typography color="text.secondary">
          {run.cycle ? `${run.cycle.name} (${run.cycle.code})` : humanize(run.kind)}
        </Typography>
      </Stack>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', gap: 2 }}>
        <Fact label="Read window">
          {formatDate(run.readWindowStart)} – {formatDate(run.readWindowEnd)}
        </Fact>
        <Fact label="Bill date">{formatDate(run.billDate)}</Fact>
        <Fact label="Due date">{formatDate(run.dueDate)}</Fact>
        <Fact label="Accounts">{run.totalAccounts}</Fact>
        <Fact label="Bills">{run.billCount}</Fact>
        <Fact label="Total">{formatMoney(run.total)}</Fact>
        {run.approvedAt && (
          <Fact label="Approved">{`${who(run.approvedByUser ?? run.approvedBy)} · ${formatDateTime(run.approvedAt)}`}</Fact>
        )}
        {run.postedAt && (
          <Fact label="Posted">{`${who(run.postedByUser ?? run.postedBy)} · ${formatDateTime(run.postedAt)}`}</Fact>
        )}
        {run.exportedAt && <Fact label="Exported">{formatDateTime(run.exportedAt)}</Fact>}
      </Box>
    </Box>
  );
};
