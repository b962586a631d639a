import {
  Alert,
  Box,
  Chip,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Title } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { RunCells } from '../shared/RunCells';

const OpenRunsDocument = graphql(`
  query OpenEditLists {
    billRuns(
      filter: { status: { in: [DRAFT, EDITS, CALCULATED] } }
      first: 50
      orderBy: [{ field: CREATED_AT, direction: DESC }]
    ) {
      nodes {
        id
        number
        kind
        status
        billDate
        totalAccounts
        cycle {
          id
          name
        }
        exceptionCounts {
          code
          open
          blocking
        }
      }
    }
  }
`);

/** The runs whose edit list can still be worked, with their open exceptions; a row opens its list. */
export const EditListIndex = () => {
  const [{ data, error }] = useQuery({ query: OpenRunsDocument });
  const navigate = useNavigate();
  const runs = data?.billRuns.nodes ?? [];
  return (
    <Box sx={{ p: 2 }}>
      <Title title="Edit list" />
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        Edit lists to work
      </Typography>
      {error && <Alert severity="error">{error.message}</Alert>}
      <Paper variant="outlined">
        <Table size="small" aria-label="Open edit lists">
          <TableHead>
            <TableRow>
              <TableCell>Run</TableCell>
              <TableCell>Cycle</TableCell>
              <TableCell>Status</TableCell>
              <TableCell>Bill date</TableCell>
              <TableCell align="right">Accounts</TableCell>
              <TableCell>Open exceptions</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {runs.map(run => (
              <TableRow
                key={run.id}
                hover
                sx={{ cursor: 'pointer' }}
                onClick={() => navigate(`/edit-list/${encodeURIComponent(run.id)}`)}
              >
                <RunCells run={run} />
                <TableCell>
                  {run.exceptionCounts
                    .filter(c => c.open > 0)
                    .map(c => (
                      <Chip
                        key={c.code}
                        size="small"
                        label={`${c.code} ${c.open}`}
                        color={c.blocking ? 'error' : 'default'}
                        sx={{ mr: 0.5 }}
                      />
                    ))}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {!runs.length && !error && (
          <Typography variant="body2" sx={{ p: 2 }}>
            No run is waiting for its edit list: create one from Bill runs.
          </Typography>
        )}
      </Paper>
    </Box>
  );
};
