import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { UsageChart } from '../../components/UsageChart';
import { usageFromReads } from '../../components/usage-history';
import { formatDate, formatDateTime } from '../../format/dates';
import { formatQuantity } from '../shared/quantity';
import { humanize } from '../../format/labels';
import { useWho } from '../shared/who';
import type { ExceptionAccount } from './use-exception-account';

/** The account's 13 months of usage (this period in red), its latest reads and work orders. */
export const AccountHistory = ({ account, windowEnd }: { account: ExceptionAccount; windowEnd: string }) => {
  const who = useWho();
  const reads = account.reads.nodes;
  const bars = usageFromReads(reads).map(b => ({
    ...b,
    highlight: b.key.slice(0, 7) === windowEnd.slice(0, 7),
  }));
  const unit = reads[0]?.meter.registerUnit === 'CUBIC_FOOT' ? 'cu ft' : 'gal';
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <UsageChart bars={bars} unit={unit} title="Usage, last 13 months" />
      <Box>
        <Typography variant="subtitle2">Recent reads</Typography>
        <Table size="small" aria-label="Recent reads" sx={{ '& td, & th': { px: 1 } }}>
          <TableHead>
            <TableRow>
              <TableCell>Read on</TableCell>
              <TableCell>Meter</TableCell>
              <TableCell align="right">Reading</TableCell>
              <TableCell>Source, flags</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {reads.slice(0, 6).map(r => (
              <TableRow key={r.id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(r.readOn)}</TableCell>
                <TableCell>{r.meter.serialNumber}</TableCell>
                <TableCell align="right">{formatQuantity(r.value)}</TableCell>
                <TableCell>
                  {humanize(r.source)}
                  {r.estimated ? ' (est.)' : ''}
                  {r.flags.length ? ` · ${r.flags.join(', ')}` : ''}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      {account.workOrders.nodes.length > 0 && (
        <Box>
          <Typography variant="subtitle2">Work orders</Typography>
          {account.workOrders.nodes.map(w => (
            <Typography key={w.id} variant="body2">
              {w.number} · {humanize(w.type)} · {humanize(w.status)} · {who(w.createdBy)} ·{' '}
              {formatDateTime(w.createdAt)}
            </Typography>
          ))}
        </Box>
      )}
    </Box>
  );
};
