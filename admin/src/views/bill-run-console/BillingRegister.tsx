import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { formatDecimal, formatMoney } from '../../format/money';
import { formatQuantity } from '../shared/quantity';
import type { RunResults } from './use-run-results';

type Line = RunResults['register']['byService'][number];
type Change = RunResults['register']['amountChange'];

const percent = (c: { percent?: string | null }) =>
  c.percent ? ` (${c.percent.startsWith('-') ? '' : '+'}${c.percent}%)` : '';
const signed = (text: string, format: (t: string) => string) =>
  `${text.startsWith('-') ? '' : '+'}${format(text)}`;

const Lines = ({ title, lines }: { title: string; lines: readonly Line[] }) => (
  <Table size="small" aria-label={title}>
    <TableHead>
      <TableRow>
        <TableCell>{title}</TableCell>
        <TableCell align="right">Bills</TableCell>
        <TableCell align="right">Usage (gal)</TableCell>
        <TableCell align="right">Amount</TableCell>
      </TableRow>
    </TableHead>
    <TableBody>
      {lines.map(l => (
        <TableRow key={l.key}>
          <TableCell>{l.key}</TableCell>
          <TableCell align="right">{l.bills}</TableCell>
          <TableCell align="right">{formatQuantity(l.usage)}</TableCell>
          <TableCell align="right">{formatMoney(l.amount)}</TableCell>
        </TableRow>
      ))}
    </TableBody>
  </Table>
);

const ChangeLine = ({ label, change, money }: { label: string; change: Change; money?: boolean }) => {
  const format = money ? formatMoney : formatDecimal;
  return (
    <Typography variant="body2">
      {label}: {format(change.current)} against {format(change.previous)} ({signed(change.difference, format)}
      {percent(change)})
    </Typography>
  );
};

/** The billing register: totals by service and by rate schedule, and the change from the previous run. */
export const BillingRegister = ({ results }: { results: RunResults }) => {
  const r = results.register;
  return (
    <Box sx={{ display: 'grid', gap: 2 }} aria-label="Billing register">
      <Typography variant="subtitle1" data-testid="register-total">
        {r.total.bills} bills · {formatQuantity(r.total.usage)} gal · {formatMoney(r.total.amount)}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
        <Lines title="Service" lines={r.byService} />
        <Lines title="Rate schedule" lines={r.bySchedule} />
      </Box>
      {r.previousRunId ? (
        <Box>
          <Typography variant="subtitle2">Against the previous run of the cycle</Typography>
          <ChangeLine label="Amount" change={r.amountChange} money />
          <ChangeLine label="Bills" change={{ ...r.billCountChange, percent: null }} />
          <ChangeLine label="Usage (gal)" change={r.usageChange} />
          {r.amountChangeByService.map(c => (
            <ChangeLine key={c.key} label={`  ${c.key}`} change={c} money />
          ))}
        </Box>
      ) : (
        <Typography variant="body2">No previous run of this cycle to compare with.</Typography>
      )}
    </Box>
  );
};
