import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useOfficeMutation } from '../shared/use-office-mutation';

const CyclesDocument = graphql(`
  query CyclesForRuns {
    billingCycles(first: 200) {
      nodes {
        id
        code
        name
      }
    }
  }
`);

const CreateBillRunDocument = graphql(`
  mutation CreateBillRun($input: BillRunInput!) {
    createBillRun(input: $input) {
      id
      number
      status
    }
  }
`);

const EMPTY = { cycleId: '', readWindowStart: '', readWindowEnd: '', billDate: '', dueDate: '' };

/** A new cycle run: cycle, read window, bill date (due date by the cycle's rule unless given). */
export const NewBillRunForm = () => {
  const [{ data }] = useQuery({ query: CyclesDocument });
  const [create, busy] = useOfficeMutation(CreateBillRunDocument);
  const navigate = useNavigate();
  const [form, setForm] = useState(EMPTY);
  const set = (field: keyof typeof EMPTY) => (event: { target: { value: string } }) =>
    setForm({ ...form, [field]: event.target.value });
  const ready = form.cycleId && form.readWindowStart && form.readWindowEnd && form.billDate;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { dueDate, ...rest } = form;
    const outcome = await create(
      { input: { ...rest, ...(dueDate ? { dueDate } : {}) } },
      d => `Bill run ${d.createBillRun.number} created`,
    );
    if (outcome.data) navigate(`/bill-runs/${encodeURIComponent(outcome.data.createBillRun.id)}`);
  };
  const date = (field: keyof typeof EMPTY, label: string, required = true) => (
    <TextField
      type="date"
      size="small"
      fullWidth={false}
      label={label}
      value={form[field]}
      onChange={set(field)}
      required={required}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
  return (
    <Stack
      component="form"
      onSubmit={submit}
      direction="row"
      sx={{ gap: 2, flexWrap: 'wrap', alignItems: 'center' }}
      aria-label="New bill run"
    >
      <TextField
        select
        size="small"
        fullWidth={false}
        label="Cycle"
        value={form.cycleId}
        onChange={set('cycleId')}
        required
        sx={{ minWidth: 220 }}
      >
        {(data?.billingCycles.nodes ?? []).map(c => (
          <MenuItem key={c.id} value={c.id}>
            {c.name} ({c.code})
          </MenuItem>
        ))}
      </TextField>
      {date('readWindowStart', 'Read window from')}
      {date('readWindowEnd', 'Read window to')}
      {date('billDate', 'Bill date')}
      {date('dueDate', 'Due date (optional)', false)}
      <Button type="submit" variant="contained" disabled={!ready || busy}>
        Create run
      </Button>
    </Stack>
  );
};
