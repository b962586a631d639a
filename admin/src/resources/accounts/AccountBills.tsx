import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { Alert, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { useQuery } from 'urql';
import { formatDate } from '../../format/dates';
import { humanize } from '../../format/labels';
import { formatMoney } from '../../format/money';
import { graphql } from '../../gql';
import { fileRoutes } from '../../views/shared/files';
import { useFilesBase } from '../../views/shared/office-context';
import { formatQuantity } from '../../views/shared/quantity';

const AccountBillsDocument = graphql(`
  query AccountBills($id: ID!) {
    account(id: $id) {
      id
      bills(first: 25) {
        totalCount
        nodes {
          id
          number
          kind
          status
          billDate
          dueDate
          periodStart
          periodEnd
          usage
          estimated
          total
          statement {
            amountDue
          }
        }
      }
    }
  }
`);

/** The account's bills, newest first, each with the PDF the customer received. */
export const AccountBills = () => {
  const record = useRecordContext();
  const base = useFilesBase();
  const [{ data, error }] = useQuery({
    query: AccountBillsDocument,
    variables: { id: String(record?.id ?? '') },
    pause: !record,
  });
  if (error) return <Alert severity="error">{error.message}</Alert>;
  const bills = data?.account?.bills;
  if (bills && !bills.totalCount) return <Typography variant="body2">No bills yet.</Typography>;
  return (
    <Table size="small" aria-label="Bills">
      <TableHead>
        <TableRow>
          <TableCell>Bill</TableCell>
          <TableCell>Period</TableCell>
          <TableCell>Kind</TableCell>
          <TableCell>Status</TableCell>
          <TableCell align="right">Usage (gal)</TableCell>
          <TableCell align="right">Charges</TableCell>
          <TableCell align="right">Amount due</TableCell>
          <TableCell>Due</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {(bills?.nodes ?? []).map(b => (
          <TableRow key={b.id}>
            <TableCell>{b.number ?? 'draft'}</TableCell>
            <TableCell>
              {formatDate(b.periodStart)} – {formatDate(b.periodEnd)}
            </TableCell>
            <TableCell>{humanize(b.kind)}</TableCell>
            <TableCell>{humanize(b.status)}</TableCell>
            <TableCell align="right">
              {formatQuantity(b.usage)}
              {b.estimated ? ' (est.)' : ''}
            </TableCell>
            <TableCell align="right">{formatMoney(b.total)}</TableCell>
            <TableCell align="right">{formatMoney(b.statement.amountDue)}</TableCell>
            <TableCell>{formatDate(b.dueDate)}</TableCell>
            <TableCell>
              <Button
                size="small"
                href={fileRoutes.billPdf(base, b.id)}
                target="_blank"
                rel="noopener"
                startIcon={<PictureAsPdfIcon />}
              >
                PDF
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
