import { TableCell } from '@mui/material';
import { formatDate } from '../../format/dates';
import { humanize } from '../../format/labels';

/** What every table of bill runs shows first. */
export interface RunSummary {
  readonly number: string;
  readonly kind: string;
  readonly status: string;
  readonly billDate: string;
  readonly totalAccounts: number;
  readonly cycle?: { readonly name: string } | null;
}

/** The cells of a bill run's row: run, cycle (or kind), status, bill date, accounts. */
export const RunCells = ({ run }: { run: RunSummary }) => (
  <>
    <TableCell>{run.number}</TableCell>
    <TableCell>{run.cycle?.name ?? humanize(run.kind)}</TableCell>
    <TableCell>{humanize(run.status)}</TableCell>
    <TableCell>{formatDate(run.billDate)}</TableCell>
    <TableCell align="right">{run.totalAccounts}</TableCell>
  </>
);
