import { Alert, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { useQuery } from 'urql';
import { formatDate, formatDateTime } from '../../format/dates';
import { humanize } from '../../format/labels';
import { graphql } from '../../gql';

const AccountWorkOrdersDocument = graphql(`
  query AccountWorkOrders($id: ID!) {
    account(id: $id) {
      id
      workOrders(first: 50, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
        totalCount
        nodes {
          id
          number
          type
          status
          reason
          scheduledFor
          createdAt
          completedAt
        }
      }
    }
  }
`);

/** Work orders issued for the account, newest first. */
export const AccountWorkOrders = () => {
  const record = useRecordContext();
  const [{ data, error }] = useQuery({
    query: AccountWorkOrdersDocument,
    variables: { id: String(record?.id ?? '') },
    pause: !record,
  });
  if (error) return <Alert severity="error">{error.message}</Alert>;
  const orders = data?.account?.workOrders;
  if (orders && !orders.totalCount) return <Typography variant="body2">No work orders.</Typography>;
  return (
    <Table size="small" aria-label="Work orders">
      <TableHead>
        <TableRow>
          <TableCell>Number</TableCell>
          <TableCell>Type</TableCell>
          <TableCell>Status</TableCell>
          <TableCell>Reason</TableCell>
          <TableCell>Scheduled</TableCell>
          <TableCell>Issued</TableCell>
          <TableCell>Completed</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {(orders?.nodes ?? []).map(w => (
          <TableRow key={w.id}>
            <TableCell>
              <Link href={`#/workOrders/${encodeURIComponent(w.id)}/show`}>{w.number}</Link>
            </TableCell>
            <TableCell>{humanize(w.type)}</TableCell>
            <TableCell>{humanize(w.status)}</TableCell>
            <TableCell>{w.reason ?? ''}</TableCell>
            <TableCell>{formatDate(w.scheduledFor)}</TableCell>
            <TableCell>{formatDateTime(w.createdAt)}</TableCell>
            <TableCell>{formatDateTime(w.completedAt)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
