import { Alert, Box, Link, Stack, Typography } from '@mui/material';
import { useQuery } from 'urql';
import { formatDate } from '../../format/dates';
import { formatMoney } from '../../format/money';
import { graphql } from '../../gql';
import { AgingTable } from '../shared/AgingTable';

const CounterAccountDueDocument = graphql(`
  query CounterAccountDue($id: ID!) {
    account(id: $id) {
      id
      number
      status
      balance
      depositHeld
      customer {
        id
        name
        phone
      }
      premise {
        id
        address
        city
      }
      aging {
        asOf
        current
        days1to30
        days31to60
        days61to90
        days91plus
        credit
        total
      }
      bills(first: 1) {
        nodes {
          id
          number
          dueDate
          statement {
            amountDue
          }
        }
      }
    }
  }
`);

/** What the customer at the counter owes: the balance, its aging, and the last bill's amount due. */
export const AccountDue = ({ accountId }: { accountId: string }) => {
  const [{ data, error }] = useQuery({ query: CounterAccountDueDocument, variables: { id: accountId } });
  const account = data?.account;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (!account) return null;
  const bill = account.bills.nodes[0];
  const credit = account.balance.trim().startsWith('-');
  return (
    <Box sx={{ display: 'grid', gap: 1 }} aria-label="Amount due">
      <Stack direction="row" sx={{ gap: 2, alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h2">
          {account.customer.name}
        </Typography>
        <Link href={`#/accounts/${encodeURIComponent(account.id)}/show`}>Account {account.number}</Link>
        <Typography color="text.secondary">
          {account.premise.address}, {account.premise.city}
        </Typography>
      </Stack>
      <Typography
        variant="h4"
        component="p"
        data-testid="amount-due"
        sx={{ fontVariantNumeric: 'tabular-nums' }}
      >
        {credit
          ? `Credit ${formatMoney(account.balance.replace('-', ''))}`
          : `Amount due ${formatMoney(account.balance)}`}
      </Typography>
      {bill && (
        <Typography variant="body2">
          Last bill {bill.number ?? ''}: {formatMoney(bill.statement.amountDue)} due{' '}
          {formatDate(bill.dueDate)}
        </Typography>
      )}
      <AgingTable aging={account.aging} />
    </Box>
  );
};
