import { useMemo } from 'react';
import { Admin, CustomRoutes } from 'react-admin';
import { Provider as UrqlProvider } from 'urql';
import { resourceElements } from './crud/resource-elements';
import { createAuthProvider, createCrudProvider, createGraphqlClient } from './data-provider';
import { LoginPage } from './LoginPage';
import { screenOverrides } from './resources/overrides';
import { resources } from './schema/resources';
import { OfficeLayout } from './views/office-menu/OfficeMenu';
import { OfficeProvider } from './views/shared/office-context';
import { officeRoutes } from './views/routes';

export interface BillingAdminProps {
  /** The GraphQL endpoint (default `/graphql`, same origin, where the session cookie applies). */
  readonly endpoint?: string;
  /** A bearer token, for a host application that signs users in itself. */
  readonly token?: string;
  /** The path the workspace is mounted under inside a host application's router. */
  readonly basename?: string;
}

/**
 * The billing office workspace: the office's own views (edit list, bill runs, counter, drawers,
 * suspense) and every resource of the schema, with generated screens and overrides.
 */
export const BillingAdmin = ({ endpoint = '/graphql', token, basename }: BillingAdminProps) => {
  const client = useMemo(() => createGraphqlClient({ endpoint, token }), [endpoint, token]);
  const dataProvider = useMemo(() => createCrudProvider(client, resources), [client]);
  const authProvider = useMemo(() => createAuthProvider(client, resources), [client]);
  return (
    <UrqlProvider value={client}>
      <OfficeProvider endpoint={endpoint}>
        <Admin
          title="Utility billing"
          dataProvider={dataProvider}
          authProvider={authProvider}
          loginPage={LoginPage}
          layout={OfficeLayout}
          requireAuth
          disableTelemetry
          {...(basename ? { basename } : {})}
        >
          {resourceElements(resources, screenOverrides)}
          <CustomRoutes>{officeRoutes}</CustomRoutes>
        </Admin>
      </OfficeProvider>
    </UrqlProvider>
  );
};
