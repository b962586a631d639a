import { Button, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { newKey } from '../../components/IdempotencyKeyInput';
import { formatDate } from '../../format/dates';
import { MONEY_PATTERN } from '../../format/money';
import { graphql } from '../../gql';
import type { PaymentMethod } from '../../gql/graphql';
import { todayLocal } from '../shared/dates';
import { useOfficeMutation } from '../shared/use-office-mutation';
import { useOpenDrawer } from './use-open-drawer';

const PostPaymentDocument = graphql(`
  mutation CounterPostPayment($input: PaymentInput!) {
    postPayment(input: $input) {
      id
      amount
      method
    }
  }
`);

const METHODS: readonly PaymentMethod[] = ['CASH', 'CHECK', 'CARD'];
const REFERENCE: Partial<Record<PaymentMethod, string>> = {
  CHECK: 'Check number',
  CARD: 'Card authorization',
};

/**
 * A counter payment into the clerk's open drawer (opened with the first payment when there is
 * none). The idempotency key is made once per form, so a retried post cannot post twice.
 */
export const PaymentForm = ({ accountId }: { accountId: string }) => {
  const idempotencyKey = useMemo(newKey, []);
  const { drawer, loading, openDrawer } = useOpenDrawer();
  const [post, busy] = useOfficeMutation(PostPaymentDocument);
  const navigate = useNavigate();
  const [method, setMethod] = useState<PaymentMethod>('CASH');
  const [amount, setAmount] = useState('');
  const [reference, setReference] = useState('');
  const [label, setLabel] = useState('Counter 1');
  const valid =
    MONEY_PATTERN.test(amount.trim()) &&
    !amount.trim().startsWith('-') &&
    (!REFERENCE[method] || reference.trim() !== '');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid || busy) return;
    const batch = drawer ?? (await openDrawer(label.trim() || 'Counter'));
    if (!batch) return;
    const input = {
      accountId,
      amount: amount.trim(),
      method,
      receivedOn: batch.businessDate ?? todayLocal(),
      idempotencyKey,
      batchId: batch.id,
      ...(reference.trim() ? { reference: reference.trim() } : {}),
    };
    const outcome = await post({ input }, p => `Payment of ${p.postPayment.amount} posted`);
    if (outcome.data) navigate(`/counter/receipt/${encodeURIComponent(outcome.data.postPayment.id)}`);
  };
  return (
    <Stack component="form" onSubmit={submit} sx={{ gap: 2 }} aria-label="Take a payment">
      <ToggleButtonGroup
        exclusive
        value={method}
        onChange={(_e, m: PaymentMethod | null) => m && setMethod(m)}
        aria-label="Method"
        size="small"
      >
        {METHODS.map(m => (
          <ToggleButton key={m} value={m} disabled={drawer ? !drawer.methods.includes(m) : false}>
            {m.charAt(0) + m.slice(1).toLowerCase()}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
        <TextField
          fullWidth={false}
          label="Amount"
          value={amount}
          onChange={e => setAmount(e.target.value)}
          error={amount !== '' && !MONEY_PATTERN.test(amount.trim())}
          helperText="dollars and cents, e.g. 52.75"
          slotProps={{ htmlInput: { inputMode: 'decimal', autoComplete: 'off' } }}
          required
        />
        {REFERENCE[method] && (
          <TextField
            fullWidth={false}
            label={REFERENCE[method]}
            value={reference}
            onChange={e => setReference(e.target.value)}
            required
          />
        )}
      </Stack>
      {loading ? null : drawer ? (
        <Typography variant="body2">
          Into drawer {drawer.name}, business day {formatDate(drawer.businessDate)}
        </Typography>
      ) : (
        <TextField
          size="small"
          fullWidth={false}
          sx={{ width: 260 }}
          label="Drawer to open"
          value={label}
          onChange={e => setLabel(e.target.value)}
          helperText="You have no open drawer: this one is opened with the payment"
        />
      )}
      <Button type="submit" variant="contained" size="large" disabled={!valid || busy || loading}>
        Post payment
      </Button>
    </Stack>
  );
};
