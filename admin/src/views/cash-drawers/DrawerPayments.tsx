import { Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { formatDateTime } from '../../format/dates';
import { humanize } from '../../format/labels';
import { formatMoney } from '../../format/money';
import type { DrawerBatch } from './use-drawer';

/** The payments taken into a drawer, in the order they were taken; each opens its receipt. */
export const DrawerPayments = ({ payments }: { payments: DrawerBatch['payments']['nodes'] }) => {
  if (!payments.length) return <Typography variant="body2">No payments in this drawer yet.</Typography>;
  return (
    <Table size="small" aria-label="Payments in the drawer">
      <TableHead>
        <TableRow>
          <TableCell>Taken</TableCell>
          <TableCell>Account</TableCell>
          <TableCell>Customer</TableCell>
          <TableCell>Method</TableCell>
          <TableCell>Reference</TableCell>
          <TableCell>Status</TableCell>
          <TableCell align="right">Amount</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {payments.map(p => (
          <TableRow key={p.id}>
            <TableCell>
              <Link href={`#/counter/receipt/${encodeURIComponent(p.id)}`}>
                {formatDateTime(p.createdAt)}
              </Link>
            </TableCell>
            <TableCell>{p.account?.number ?? ''}</TableCell>
            <TableCell>{p.account?.customer.name ?? ''}</TableCell>
            <TableCell>{humanize(p.method)}</TableCell>
            <TableCell>{p.reference ?? ''}</TableCell>
            <TableCell>{humanize(p.status)}</TableCell>
            <TableCell align="right">{formatMoney(p.amount)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
