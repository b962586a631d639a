import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { formatMoney } from '../../format/money';
import { graphql } from '../../gql';
import { RunCells } from '../shared/RunCells';

const BillRunsDocument = graphql(`
  query BillRunsList {
    billRuns(first: 50, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount
      nodes {
        id
        number
        kind
        status
        billDate
        totalAccounts
        billCount
        total
        cycle {
          id
          name
        }
      }
    }
  }
`);

/** The latest runs; a row opens its console. */
export const BillRunTable = () => {
  const [{ data }] = useQuery({ query: BillRunsDocument });
  const navigate = useNavigate();
  const runs = data?.billRuns.nodes ?? [];
  if (data && !runs.length) return <Typography variant="body2">No bill runs yet.</Typography>;
  return (
    <Table size="small" aria-label="Bill runs">
      <TableHead>
        <TableRow>
          <TableCell>Run</TableCell>
          <TableCell>Cycle</TableCell>
          <TableCell>Status</TableCell>
          <TableCell>Bill date</TableCell>
          <TableCell align="right">Accounts</TableCell>
          <TableCell align="right">Bills</TableCell>
          <TableCell align="right">Total</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {runs.map(run => (
          <TableRow
            key={run.id}
            hover
            sx={{ cursor: 'pointer' }}
            onClick={() => navigate(`/bill-runs/${encodeURIComponent(run.id)}`)}
          >
            <RunCells run={run} />
            <TableCell align="right">{run.billCount}</TableCell>
            <TableCell align="right">{formatMoney(run.total)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
