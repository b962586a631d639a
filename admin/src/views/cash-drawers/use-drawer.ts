import { useCallback } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { DrawerQuery } from '../../gql/graphql';

const DrawerDocument = graphql(`
  query Drawer($id: ID!) {
    paymentBatch(id: $id) {
      id
      name
      kind
      drawer
      businessDate
      status
      methods
      controlCount
      controlTotal
      depositTotal
      openedAt
      openedBy
      openedByUser {
        id
        name
      }
      postedAt
      postedBy
      postedByUser {
        id
        name
      }
      balance {
        actualCount
        actualTotal
        balanced
        controlCount
        controlTotal
        countDifference
        totalDifference
        byMethod {
          method
          count
          total
        }
      }
      payments(first: 500, orderBy: [{ field: CREATED_AT, direction: ASC }]) {
        totalCount
        nodes {
          id
          amount
          method
          reference
          status
          createdAt
          account {
            id
            number
            customer {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export type DrawerBatch = NonNullable<DrawerQuery['paymentBatch']>;

export function useDrawer(id: string) {
  const [{ data, error }, reexecute] = useQuery({ query: DrawerDocument, variables: { id } });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { batch: data?.paymentBatch ?? null, loaded: data !== undefined, error, refresh };
}
