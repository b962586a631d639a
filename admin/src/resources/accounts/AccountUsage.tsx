import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { useQuery } from 'urql';
import { UsageChart } from '../../components/UsageChart';
import { usageFromBills, usageFromReads } from '../../components/usage-history';
import { formatDate } from '../../format/dates';
import { humanize } from '../../format/labels';
import { graphql } from '../../gql';
import { formatQuantity } from '../../views/shared/quantity';

const AccountUsageDocument = graphql(`
  query AccountUsage($id: ID!) {
    account(id: $id) {
      id
      bills(first: 13) {
        nodes {
          id
          periodEnd
          usage
        }
      }
      reads(first: 400, filter: { status: { eq: VALID } }, orderBy: [{ field: READ_AT, direction: DESC }]) {
        nodes {
          id
          readOn
          value
          estimated
          source
          purpose
          flags
          meter {
            id
            serialNumber
            dials
            multiplier
          }
        }
      }
    }
  }
`);

/** 13 months of usage (from the bills; from the reads before the first bill) and the latest reads. */
export const AccountUsage = () => {
  const record = useRecordContext();
  const [{ data, error }] = useQuery({
    query: AccountUsageDocument,
    variables: { id: String(record?.id ?? '') },
    pause: !record,
  });
  if (error) return <Alert severity="error">{error.message}</Alert>;
  const account = data?.account;
  if (!account) return null;
  const billed = account.bills.nodes.length > 0;
  const bars = billed ? usageFromBills(account.bills.nodes) : usageFromReads(account.reads.nodes);
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <UsageChart
        bars={bars}
        title={billed ? 'Billed usage, last 13 bills' : 'Usage from reads (no bills yet)'}
      />
      <Table size="small" aria-label="Reads">
        <TableHead>
          <TableRow>
            <TableCell>Read on</TableCell>
            <TableCell>Meter</TableCell>
            <TableCell align="right">Reading</TableCell>
            <TableCell>Source</TableCell>
            <TableCell>Purpose</TableCell>
            <TableCell>Flags</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {account.reads.nodes.slice(0, 25).map(r => (
            <TableRow key={r.id}>
              <TableCell>{formatDate(r.readOn)}</TableCell>
              <TableCell>{r.meter.serialNumber}</TableCell>
              <TableCell align="right">{formatQuantity(r.value)}</TableCell>
              <TableCell>
                {humanize(r.source)}
                {r.estimated ? ' (est.)' : ''}
              </TableCell>
              <TableCell>{humanize(r.purpose)}</TableCell>
              <TableCell>{r.flags.join(', ')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
