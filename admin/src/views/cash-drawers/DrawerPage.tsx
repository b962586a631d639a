import {
  Alert,
  Box,
  Chip,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Loading, Title } from 'react-admin';
import { useParams } from 'react-router-dom';
import { formatDate, formatDateTime } from '../../format/dates';
import { humanize } from '../../format/labels';
import { formatMoney } from '../../format/money';
import { Panel } from '../shared/Panel';
import { useWho } from '../shared/who';
import { BalanceForm } from './BalanceForm';
import { DrawerPayments } from './DrawerPayments';
import { useDrawer } from './use-drawer';

/** One cash drawer: its payments, totals by method, and balancing against the clerk's count. */
export const DrawerPage = () => {
  const id = useParams().id ?? '';
  const who = useWho();
  const { batch, loaded, error, refresh } = useDrawer(id);
  if (error && !batch) return <Alert severity="error">{error.message}</Alert>;
  if (!loaded) return <Loading />;
  if (!batch) return <Alert severity="warning">There is no drawer {id}.</Alert>;
  const b = batch.balance;
  return (
    <Box sx={{ p: 2, display: 'grid', gap: 2 }}>
      <Title title={`Drawer ${batch.name}`} />
      <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 1 }}>
        <Stack direction="row" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="h5" component="h1">
            Drawer {batch.name}
          </Typography>
          <Chip
            label={humanize(batch.status)}
            color={batch.status === 'POSTED' ? 'success' : 'primary'}
            data-testid="drawer-status"
          />
          <Typography color="text.secondary">
            Business day {formatDate(batch.businessDate)} · opened by {who(batch.openedByUser ?? batch.openedBy)}{' '}
            {formatDateTime(batch.openedAt)}
          </Typography>
        </Stack>
        {batch.postedAt && (
          <Typography variant="body2">
            Posted by {who(batch.postedByUser ?? batch.postedBy)} {formatDateTime(batch.postedAt)} · deposit{' '}
            {formatMoney(batch.depositTotal)}
          </Typography>
        )}
        <Table size="small" aria-label="Totals by method" sx={{ maxWidth: 520 }}>
          <TableHead>
            <TableRow>
              <TableCell>Method</TableCell>
              <TableCell align="right">Payments</TableCell>
              <TableCell align="right">Total</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {b.byMethod.map(m => (
              <TableRow key={m.method}>
                <TableCell>{humanize(m.method)}</TableCell>
                <TableCell align="right">{m.count}</TableCell>
                <TableCell align="right">{formatMoney(m.total)}</TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableCell sx={{ fontWeight: 600 }}>All</TableCell>
              <TableCell align="right" sx={{ fontWeight: 600 }}>
                {b.actualCount}
              </TableCell>
              <TableCell align="right" sx={{ fontWeight: 600 }} data-testid="drawer-total">
                {formatMoney(b.actualTotal)}
              </TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </Paper>
      {batch.status === 'OPEN' && (
        <Panel title="Balance the drawer">
          <BalanceForm batch={batch} onDone={refresh} />
        </Panel>
      )}
      <Panel title={`Payments (${batch.payments.totalCount})`}>
        <DrawerPayments payments={batch.payments.nodes} />
      </Panel>
    </Box>
  );
};
