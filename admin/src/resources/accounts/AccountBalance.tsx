import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { useQuery } from 'urql';
import { formatMoney } from '../../format/money';
import { graphql } from '../../gql';
import { AgingTable } from '../../views/shared/AgingTable';

const AccountBalanceDocument = graphql(`
  query AccountBalance($id: ID!) {
    account(id: $id) {
      id
      balance
      depositHeld
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
    }
  }
`);

/** The balance, the deposit held and the aging buckets, with the way to the counter. */
export const AccountBalance = () => {
  const record = useRecordContext();
  const id = String(record?.id ?? '');
  const [{ data, error }] = useQuery({ query: AccountBalanceDocument, variables: { id }, pause: !record });
  const account = data?.account;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (!account) return null;
  return (
    <Box sx={{ display: 'grid', gap: 1, pb: 2 }}>
      <Stack direction="row" sx={{ gap: 3, alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Typography variant="h5" component="p" data-testid="account-balance">
          Balance {formatMoney(account.balance)}
        </Typography>
        <Typography variant="body2">Deposit held {formatMoney(account.depositHeld)}</Typography>
        <Button
          component={RouterLink}
          to={`/counter/${encodeURIComponent(id)}`}
          variant="outlined"
          size="small"
        >
          Take a payment
        </Button>
      </Stack>
      <AgingTable aging={account.aging} />
    </Box>
  );
};
