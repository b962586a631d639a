import {
  Box,
  Chip,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  MenuItem,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Title } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { formatDate } from '../../format/dates';
import { humanize } from '../../format/labels';
import { formatMoney } from '../../format/money';
import { graphql } from '../../gql';
import type { PaymentBatchStatus } from '../../gql/graphql';
import { useWho } from '../shared/who';

const DrawersDocument = graphql(`
  query Drawers($status: PaymentBatchStatusFilter) {
    paymentBatches(
      filter: { kind: { eq: DRAWER }, status: $status }
      first: 100
      orderBy: [{ field: OPENED_AT, direction: DESC }]
    ) {
      totalCount
      nodes {
        id
        name
        businessDate
        status
        openedBy
        openedByUser {
          id
          name
        }
        balance {
          actualCount
          actualTotal
          balanced
        }
      }
    }
  }
`);

/** The cash drawers, open ones first by default; a row opens the drawer to balance it. */
export const DrawersPage = () => {
  const [status, setStatus] = useState<PaymentBatchStatus | 'ALL'>('OPEN');
  const [{ data }] = useQuery({
    query: DrawersDocument,
    variables: { status: status === 'ALL' ? null : { eq: status } },
  });
  const navigate = useNavigate();
  const who = useWho();
  const drawers = data?.paymentBatches.nodes ?? [];
  return (
    <Box sx={{ p: 2, display: 'grid', gap: 2 }}>
      <Title title="Cash drawers" />
      <Typography variant="h5" component="h1">
        Cash drawers
      </Typography>
      <TextField
        select
        size="small"
        fullWidth={false}
        label="Status"
        value={status}
        onChange={e => setStatus(e.target.value as PaymentBatchStatus | 'ALL')}
        sx={{ width: 200 }}
      >
        <MenuItem value="OPEN">Open</MenuItem>
        <MenuItem value="POSTED">Posted</MenuItem>
        <MenuItem value="ALL">All</MenuItem>
      </TextField>
      <Paper variant="outlined">
        <Table size="small" aria-label="Cash drawers">
          <TableHead>
            <TableRow>
              <TableCell>Drawer</TableCell>
              <TableCell>Business day</TableCell>
              <TableCell>Opened by</TableCell>
              <TableCell>Status</TableCell>
              <TableCell align="right">Payments</TableCell>
              <TableCell align="right">Total</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {drawers.map(d => (
              <TableRow
                key={d.id}
                hover
                sx={{ cursor: 'pointer' }}
                onClick={() => navigate(`/drawers/${encodeURIComponent(d.id)}`)}
              >
                <TableCell>{d.name}</TableCell>
                <TableCell>{formatDate(d.businessDate)}</TableCell>
                <TableCell>{who(d.openedByUser ?? d.openedBy)}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    label={humanize(d.status)}
                    color={d.status === 'POSTED' ? 'success' : 'default'}
                  />
                </TableCell>
                <TableCell align="right">{d.balance.actualCount}</TableCell>
                <TableCell align="right">{formatMoney(d.balance.actualTotal)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {data && !drawers.length && (
          <Typography variant="body2" sx={{ p: 2 }}>
            No drawers here. A clerk's drawer opens with the first payment at the counter.
          </Typography>
        )}
      </Paper>
    </Box>
  );
};
