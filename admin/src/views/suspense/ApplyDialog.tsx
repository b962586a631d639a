import { Dialog, DialogContent, DialogTitle, Typography } from '@mui/material';
import { formatMoney } from '../../format/money';
import { graphql } from '../../gql';
import { AccountSearch } from '../counter/AccountSearch';
import { useOfficeMutation } from '../shared/use-office-mutation';
import type { SuspensePayment } from './SuspensePage';

const ApplySuspenseDocument = graphql(`
  mutation ApplySuspense($accountId: ID!, $paymentId: ID!) {
    applySuspensePayment(accountId: $accountId, paymentId: $paymentId) {
      id
      status
      account {
        id
        number
      }
    }
  }
`);

/** Picks the account for a suspense payment; picking it applies the payment (one action). */
export const ApplyDialog = ({
  payment,
  onClose,
}: {
  payment: SuspensePayment | null;
  onClose: (applied: boolean) => void;
}) => {
  const [apply, busy] = useOfficeMutation(ApplySuspenseDocument);
  return (
    <Dialog open={payment !== null} onClose={() => onClose(false)} fullWidth maxWidth="sm">
      <DialogTitle>Apply {payment ? formatMoney(payment.amount) : ''} to an account</DialogTitle>
      <DialogContent>
        {payment && (
          <Typography variant="body2" sx={{ mb: 2 }}>
            From {payment.payerName ?? 'an unknown payer'}
            {payment.accountReference ? `, written as account “${payment.accountReference}”` : ''}
            {payment.reference ? ` · reference ${payment.reference}` : ''}
          </Typography>
        )}
        <AccountSearch
          onPick={async account => {
            if (!payment || busy) return;
            const outcome = await apply(
              { accountId: account.id, paymentId: payment.id },
              `Applied to account ${account.number}`,
            );
            if (outcome.data) onClose(true);
          }}
        />
      </DialogContent>
    </Dialog>
  );
};
