import { Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { humanize } from '../../format/labels';
import type { RunResults } from './use-run-results';

/** Accounts of the run that get no bill, and why (held, blocked by an open exception, no rate). */
export const UnbilledAudit = ({ unbilled }: { unbilled: RunResults['unbilled'] }) => {
  if (!unbilled.totalCount) {
    return <Typography variant="body2">Every account of the run is billed.</Typography>;
  }
  return (
    <>
      <Table size="small" aria-label="Unbilled accounts">
        <TableHead>
          <TableRow>
            <TableCell>Account</TableCell>
            <TableCell>Customer</TableCell>
            <TableCell>Service address</TableCell>
            <TableCell>Disposition</TableCell>
            <TableCell>Why</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {unbilled.nodes.map(n => (
            <TableRow key={n.account.id}>
              <TableCell>
                <Link href={`#/accounts/${encodeURIComponent(n.account.id)}/show`}>{n.account.number}</Link>
              </TableCell>
              <TableCell>{n.account.customer.name}</TableCell>
              <TableCell>{n.account.premise.address}</TableCell>
              <TableCell>{humanize(n.disposition)}</TableCell>
              <TableCell>{n.holdReason ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {unbilled.totalCount > unbilled.nodes.length && (
        <Typography variant="caption">
          The first {unbilled.nodes.length} of {unbilled.totalCount}.
        </Typography>
      )}
    </>
  );
};
