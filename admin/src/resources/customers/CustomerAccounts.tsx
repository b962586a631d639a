import { Alert, Box, Stack, Typography } from '@mui/material';
import {
  CreateButton,
  DataTable,
  ListContextProvider,
  ResourceContextProvider,
  useList,
  useRecordContext,
} from 'react-admin';
import { useQuery } from 'urql';
import { CalendarDateField } from '../../components/CalendarDateField';
import { EnumField } from '../../components/EnumField';
import { MoneyField } from '../../components/MoneyField';
import { graphql } from '../../gql';
import { resources } from '../../schema/resources';

const SHOWN = 100;

const CustomerAccountsQuery = graphql(`
  query CustomerAccounts($id: ID!, $first: Int) {
    customer(id: $id) {
      id
      accounts(first: $first) {
        totalCount
        nodes {
          id
          number
          status
          startDate
          stopDate
          balance
          premise {
            id
            address
          }
        }
      }
    }
  }
`);

/** The customer's accounts through `Customer.accounts`, with a button that starts service for this customer. */
export const CustomerAccounts = () => {
  const customer = useRecordContext();
  const [{ data, fetching, error }] = useQuery({
    query: CustomerAccountsQuery,
    variables: { id: String(customer?.id ?? ''), first: SHOWN },
    pause: !customer,
  });
  const connection = data?.customer?.accounts;
  const accounts = connection?.nodes.map(a => ({ ...a, premiseId: a.premise.id })) ?? [];
  const list = useList({ data: accounts, isPending: fetching, perPage: SHOWN });
  const statusChoices = resources.get('accounts')?.fields.find(f => f.name === 'status')?.choices ?? [];
  if (!customer) return null;
  return (
    <Box sx={{ px: 2, pb: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography variant="h6" component="h2">
          Accounts{connection ? ` (${connection.totalCount})` : ''}
        </Typography>
        <CreateButton
          resource="accounts"
          label="Start service"
          state={{ record: { customerId: customer.id } }}
        />
      </Stack>
      {error && <Alert severity="error">{error.message}</Alert>}
      <ResourceContextProvider value="accounts">
        <ListContextProvider value={list}>
          <DataTable
            rowClick="show"
            bulkActionButtons={false}
            empty={<Typography variant="body2">No accounts yet: start service to open one.</Typography>}
          >
            <DataTable.Col source="number" label="Account" />
            <DataTable.Col source="status" label="Status">
              <EnumField source="status" choices={statusChoices} />
            </DataTable.Col>
            <DataTable.Col source="premise.address" label="Service address" />
            <DataTable.Col source="startDate" label="Start date">
              <CalendarDateField source="startDate" />
            </DataTable.Col>
            <DataTable.Col source="stopDate" label="Stop date">
              <CalendarDateField source="stopDate" />
            </DataTable.Col>
            <DataTable.Col source="balance" label="Balance" align="right">
              <MoneyField source="balance" />
            </DataTable.Col>
          </DataTable>
        </ListContextProvider>
      </ResourceContextProvider>
      {connection && connection.totalCount > SHOWN && (
        <Typography variant="caption">
          The first {SHOWN} of {connection.totalCount}; the Accounts list filters by customer for the rest.
        </Typography>
      )}
    </Box>
  );
};
