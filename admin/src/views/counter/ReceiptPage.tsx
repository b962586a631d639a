import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Button, Divider, GlobalStyles, Paper, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Loading, Title } from 'react-admin';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { formatDate, formatDateTime } from '../../format/dates';
import { formatMoney } from '../../format/money';
import { graphql } from '../../gql';
import { useWho } from '../shared/who';

const ReceiptDocument = graphql(`
  query PaymentReceipt($id: ID!) {
    payment(id: $id) {
      id
      amount
      method
      reference
      receivedOn
      createdAt
      createdBy
      status
      batch {
        id
        name
        businessDate
      }
      account {
        id
        number
        balance
        customer {
          id
          name
        }
        premise {
          id
          address
          city
          state
          zip
        }
      }
    }
  }
`);

/** On paper, only the receipt: no menu, no app bar, no buttons. */
const PRINT_ONLY_RECEIPT = {
  '@media print': {
    'body *': { visibility: 'hidden' },
    '.receipt, .receipt *': { visibility: 'visible' },
    '.receipt': { position: 'absolute', left: 0, top: 0, border: 'none' },
  },
} as const;

const Line = ({ label, children }: { label: string; children: ReactNode }) => (
  <Stack direction="row" sx={{ justifyContent: 'space-between', gap: 4 }}>
    <Typography variant="body2">{label}</Typography>
    <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', textAlign: 'right' }}>
      {children}
    </Typography>
  </Stack>
);

/** The customer's receipt: what was paid, how, by whom, and the balance after it; printable. */
export const ReceiptPage = () => {
  const id = useParams().paymentId ?? '';
  const who = useWho();
  const [{ data, error }] = useQuery({ query: ReceiptDocument, variables: { id } });
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (!data) return <Loading />;
  const p = data.payment;
  if (!p || !p.account) return <Alert severity="warning">There is no payment {id} on an account.</Alert>;
  const a = p.account;
  return (
    <Box sx={{ p: 2, display: 'grid', gap: 2, justifyItems: 'start' }}>
      <Title title={`Receipt ${p.id}`} />
      <GlobalStyles styles={PRINT_ONLY_RECEIPT} />
      <Paper
        variant="outlined"
        sx={{ p: 3, width: 380, display: 'grid', gap: 1 }}
        aria-label="Receipt"
        className="receipt"
      >
        <Typography variant="h6" component="h1" sx={{ textAlign: 'center' }}>
          Payment receipt
        </Typography>
        <Typography variant="body2" sx={{ textAlign: 'center' }}>
          {formatDateTime(p.createdAt)} · receipt {p.id}
        </Typography>
        <Divider />
        <Line label="Customer">{a.customer.name}</Line>
        <Line label="Account">{a.number}</Line>
        <Line label="Service address">{`${a.premise.address}, ${a.premise.city} ${a.premise.state} ${a.premise.zip}`}</Line>
        <Divider />
        <Line label={`Paid by ${p.method.toLowerCase()}${p.reference ? ` (${p.reference})` : ''}`}>
          {formatMoney(p.amount)}
        </Line>
        <Line label="Received on">{formatDate(p.receivedOn)}</Line>
        <Line label="New balance">
          <span data-testid="new-balance">{formatMoney(a.balance)}</span>
        </Line>
        <Divider />
        <Typography variant="caption">
          Taken by {who(p.createdBy)}
          {p.batch ? ` · drawer ${p.batch.name}` : ''}
        </Typography>
      </Paper>
      <Stack direction="row" sx={{ gap: 1, '@media print': { display: 'none' } }}>
        <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()}>
          Print
        </Button>
        <Button component={RouterLink} to="/counter">
          Next customer
        </Button>
        {p.batch && (
          <Button component={RouterLink} to={`/drawers/${encodeURIComponent(p.batch.id)}`}>
            Open the drawer
          </Button>
        )}
      </Stack>
    </Box>
  );
};
