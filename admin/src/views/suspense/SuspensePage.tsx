import {
  Box,
  Button,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Title } from 'react-admin';
import { useQuery } from 'urql';
import { formatDate } from '../../format/dates';
import { humanize } from '../../format/labels';
import { formatMoney } from '../../format/money';
import { graphql } from '../../gql';
import type { SuspenseQueueQuery } from '../../gql/graphql';
import { ApplyDialog } from './ApplyDialog';

const SuspenseQueueDocument = graphql(`
  query SuspenseQueue {
    payments(
      filter: { status: { eq: SUSPENSE } }
      first: 500
      orderBy: [{ field: RECEIVED_ON, direction: ASC }]
    ) {
      totalCount
      nodes {
        id
        amount
        method
        receivedOn
        reference
        payerName
        accountReference
        importFileId
        line
      }
    }
  }
`);

export type SuspensePayment = SuspenseQueueQuery['payments']['nodes'][number];

/** Payments received without a matching account, oldest first; each is applied to an account found by search. */
export const SuspensePage = () => {
  const [{ data }, reexecute] = useQuery({ query: SuspenseQueueDocument });
  const [applying, setApplying] = useState<SuspensePayment | null>(null);
  const payments = data?.payments.nodes ?? [];
  return (
    <Box sx={{ p: 2, display: 'grid', gap: 2 }}>
      <Title title="Suspense" />
      <Typography variant="h5" component="h1">
        Suspense queue {data ? `(${data.payments.totalCount})` : ''}
      </Typography>
      <Paper variant="outlined">
        <Table size="small" aria-label="Suspense payments">
          <TableHead>
            <TableRow>
              <TableCell>Received</TableCell>
              <TableCell>Payer</TableCell>
              <TableCell>Account as written</TableCell>
              <TableCell>Method</TableCell>
              <TableCell>Reference</TableCell>
              <TableCell>File line</TableCell>
              <TableCell align="right">Amount</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {payments.map(p => (
              <TableRow key={p.id}>
                <TableCell>{formatDate(p.receivedOn)}</TableCell>
                <TableCell>{p.payerName ?? ''}</TableCell>
                <TableCell>{p.accountReference ?? ''}</TableCell>
                <TableCell>{humanize(p.method)}</TableCell>
                <TableCell>{p.reference ?? ''}</TableCell>
                <TableCell>{p.importFileId ? `file ${p.importFileId}, line ${p.line ?? ''}` : ''}</TableCell>
                <TableCell align="right">{formatMoney(p.amount)}</TableCell>
                <TableCell>
                  <Button size="small" variant="outlined" onClick={() => setApplying(p)}>
                    Apply…
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {data && !payments.length && (
          <Typography variant="body2" sx={{ p: 2 }}>
            Nothing in suspense: every payment is on an account.
          </Typography>
        )}
      </Paper>
      <ApplyDialog
        payment={applying}
        onClose={applied => {
          setApplying(null);
          if (applied) reexecute({ requestPolicy: 'network-only' });
        }}
      />
    </Box>
  );
};
