import { useCallback } from 'react';
import { useGetIdentity } from 'react-admin';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useOfficeMutation } from '../shared/use-office-mutation';

const MyOpenDrawerDocument = graphql(`
  query MyOpenDrawer($userId: ID!) {
    paymentBatches(
      filter: { kind: { eq: DRAWER }, status: { eq: OPEN }, openedBy: { eq: $userId } }
      first: 1
      orderBy: [{ field: OPENED_AT, direction: DESC }]
    ) {
      nodes {
        id
        name
        drawer
        businessDate
        methods
      }
    }
  }
`);

const OpenDrawerDocument = graphql(`
  mutation OpenDrawer($input: OpenBatchInput!) {
    openBatch(input: $input) {
      id
      name
      drawer
      businessDate
      methods
    }
  }
`);

/** The clerk's open cash drawer, and a way to open one (its counts are entered when balancing). */
export function useOpenDrawer() {
  const { identity } = useGetIdentity();
  const userId = identity ? String(identity.id) : '';
  const [{ data, fetching }, reexecute] = useQuery({
    query: MyOpenDrawerDocument,
    variables: { userId },
    pause: !userId,
  });
  const [open] = useOfficeMutation(OpenDrawerDocument);
  const drawer = data?.paymentBatches.nodes[0] ?? null;
  const openDrawer = useCallback(
    async (label: string) => {
      const outcome = await open({ input: { drawer: label } }, d => `Drawer ${d.openBatch.name} opened`);
      reexecute({ requestPolicy: 'network-only' });
      return outcome.data?.openBatch ?? null;
    },
    [open, reexecute],
  );
  return { drawer, loading: fetching || !userId, openDrawer };
}
