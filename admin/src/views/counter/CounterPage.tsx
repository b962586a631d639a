import { Box, Button, Paper, Typography } from '@mui/material';
import { Title } from 'react-admin';
import { useNavigate, useParams } from 'react-router-dom';
import { AccountDue } from './AccountDue';
import { AccountSearch } from './AccountSearch';
import { PaymentForm } from './PaymentForm';

/** The counter: find the account, see what is due, take the payment, print the receipt. */
export const CounterPage = () => {
  const accountId = useParams().accountId ?? null;
  const navigate = useNavigate();
  return (
    <Box
      sx={{
        p: 2,
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { xs: '1fr', lg: '2fr 3fr' },
        alignItems: 'start',
      }}
    >
      <Title title="Counter" />
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
          Counter
        </Typography>
        <AccountSearch
          autoFocus={!accountId}
          onPick={a => navigate(`/counter/${encodeURIComponent(a.id)}`)}
        />
      </Paper>
      {accountId ? (
        <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 3 }}>
          <AccountDue accountId={accountId} />
          <PaymentForm key={accountId} accountId={accountId} />
          <Box>
            <Button onClick={() => navigate('/counter')}>Next customer</Button>
          </Box>
        </Paper>
      ) : (
        <Typography variant="body2" sx={{ p: 2 }}>
          Type part of the customer's name, the service address, the account number or the meter number.
        </Typography>
      )}
    </Box>
  );
};
