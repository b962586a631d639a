import { Alert, Button, Stack, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { MONEY_PATTERN } from '../../format/money';
import { graphql } from '../../gql';
import { useOfficeMutation } from '../shared/use-office-mutation';
import { describeDifference } from './difference';
import type { DrawerBatch } from './use-drawer';

const BalanceDrawerDocument = graphql(`
  mutation BalanceDrawer($input: BalanceBatchInput!) {
    balanceBatch(input: $input) {
      id
      balance {
        balanced
        totalDifference
        countDifference
      }
    }
  }
`);

const PostDrawerDocument = graphql(`
  mutation PostDrawer($id: ID!) {
    postBatch(id: $id) {
      id
      status
      depositTotal
    }
  }
`);

/** The clerk's count of the drawer → balance → post; the server refuses to post an unbalanced drawer. */
export const BalanceForm = ({ batch, onDone }: { batch: DrawerBatch; onDone: () => void }) => {
  const [count, setCount] = useState(
    batch.controlCount === null || batch.controlCount === undefined ? '' : String(batch.controlCount),
  );
  const [total, setTotal] = useState(batch.controlTotal ?? '');
  const [balance, balancing] = useOfficeMutation(BalanceDrawerDocument);
  const [post, posting] = useOfficeMutation(PostDrawerDocument);
  const valid = /^\d{1,6}$/.test(count.trim()) && MONEY_PATTERN.test(total.trim());
  const entered = batch.balance.controlCount !== null && batch.balance.controlCount !== undefined;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    await balance(
      { input: { batchId: batch.id, controlCount: Number(count.trim()), controlTotal: total.trim() } },
      d => (d.balanceBatch.balance.balanced ? 'The drawer balances' : 'The drawer does not balance'),
    );
    onDone();
  };
  const postIt = async () => {
    await post({ id: batch.id }, d => `Drawer posted: deposit ${d.postBatch.depositTotal ?? ''}`);
    onDone();
  };
  return (
    <Stack sx={{ gap: 2 }}>
      <Stack
        component="form"
        onSubmit={submit}
        direction="row"
        sx={{ gap: 2, flexWrap: 'wrap', alignItems: 'center' }}
        aria-label="Count the drawer"
      >
        <TextField
          fullWidth={false}
          label="Counted payments"
          value={count}
          onChange={e => setCount(e.target.value)}
          size="small"
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        />
        <TextField
          fullWidth={false}
          label="Counted total"
          value={total}
          onChange={e => setTotal(e.target.value)}
          size="small"
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
        />
        <Button type="submit" variant="outlined" disabled={!valid || balancing}>
          Balance
        </Button>
        <Button variant="contained" onClick={() => void postIt()} disabled={posting || !entered}>
          Post drawer
        </Button>
      </Stack>
      {entered && (
        <Alert severity={batch.balance.balanced ? 'success' : 'error'} data-testid="drawer-difference">
          {describeDifference(batch.balance).join('. ')}
        </Alert>
      )}
    </Stack>
  );
};
