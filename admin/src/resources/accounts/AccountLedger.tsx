import { Alert, Table, TableBody, TableCell, TableHead, TablePagination, TableRow } from '@mui/material';
import { useState } from 'react';
import { useRecordContext } from 'react-admin';
import { useQuery } from 'urql';
import { formatDate } from '../../format/dates';
import { humanize } from '../../format/labels';
import { formatMoney } from '../../format/money';
import { graphql } from '../../gql';

const AccountLedgerDocument = graphql(`
  query AccountLedger($id: ID!, $first: Int!, $offset: Int!) {
    account(id: $id) {
      id
      ledger(first: $first, offset: $offset, orderBy: [{ field: POSTED_ON, direction: DESC }]) {
        totalCount
        nodes {
          id
          postedOn
          kind
          description
          service
          method
          dueOn
          amount
        }
      }
    }
  }
`);

/** The account's ledger, newest first, a page at a time (entries are never edited, only reversed). */
export const AccountLedger = () => {
  const record = useRecordContext();
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(25);
  const [{ data, error }] = useQuery({
    query: AccountLedgerDocument,
    variables: { id: String(record?.id ?? ''), first: perPage, offset: page * perPage },
    pause: !record,
  });
  const ledger = data?.account?.ledger;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  return (
    <>
      <Table size="small" aria-label="Ledger">
        <TableHead>
          <TableRow>
            <TableCell>Posted</TableCell>
            <TableCell>Kind</TableCell>
            <TableCell>Description</TableCell>
            <TableCell>Service / method</TableCell>
            <TableCell>Due</TableCell>
            <TableCell align="right">Amount</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(ledger?.nodes ?? []).map(e => (
            <TableRow key={e.id}>
              <TableCell>{formatDate(e.postedOn)}</TableCell>
              <TableCell>{humanize(e.kind)}</TableCell>
              <TableCell>{e.description}</TableCell>
              <TableCell>{e.service ? humanize(e.service) : e.method ? humanize(e.method) : ''}</TableCell>
              <TableCell>{formatDate(e.dueOn)}</TableCell>
              <TableCell
                align="right"
                sx={{
                  fontVariantNumeric: 'tabular-nums',
                  color: e.amount.startsWith('-') ? 'success.main' : undefined,
                }}
              >
                {formatMoney(e.amount)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <TablePagination
        component="div"
        count={ledger?.totalCount ?? 0}
        page={page}
        rowsPerPage={perPage}
        rowsPerPageOptions={[25, 50, 100]}
        onPageChange={(_e, p) => setPage(p)}
        onRowsPerPageChange={e => {
          setPerPage(Number(e.target.value));
          setPage(0);
        }}
      />
    </>
  );
};
