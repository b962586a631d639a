import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ExceptionAccountQuery } from '../../gql/graphql';
import { useCallback } from 'react';
import { monthsBefore } from '../shared/dates';

const ExceptionAccountDocument = graphql(`
  query ExceptionAccount($runId: ID!, $accountId: ID!, $since: Date!) {
    account(id: $accountId) {
      id
      number
      status
      customer {
        id
        name
        phone
      }
      reads(
        first: 500
        filter: { status: { eq: VALID }, readOn: { gte: $since } }
        orderBy: [{ field: READ_AT, direction: DESC }]
      ) {
        nodes {
          id
          readOn
          value
          estimated
          source
          flags
          meter {
            id
            serialNumber
            dials
            multiplier
            registerUnit
          }
        }
      }
      workOrders(first: 5, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
        nodes {
          id
          number
          type
          status
          reason
          createdAt
          createdBy
        }
      }
    }
    billRun(id: $runId) {
      id
      accounts(filter: { accountId: { eq: $accountId } }, first: 1) {
        nodes {
          disposition
          holdReason
          usage
          averageDaily
          days
          estimated
        }
      }
    }
  }
`);

export type ExceptionAccount = NonNullable<ExceptionAccountQuery['account']>;

/**
 * The account behind the current exception: 14 months of reads up to the run's read window, recent
 * work orders, and its disposition in the run (held, blocked).
 */
export function useExceptionAccount(runId: string, accountId: string | null, windowEnd: string | null) {
  const [{ data, fetching }, reexecute] = useQuery({
    query: ExceptionAccountDocument,
    variables: { runId, accountId: accountId ?? '', since: monthsBefore(windowEnd ?? '2000-01-01', 14) },
    pause: !accountId || !windowEnd,
  });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return {
    account: data?.account?.id === accountId ? data.account : null,
    inRun: data?.billRun?.accounts.nodes[0] ?? null,
    fetching,
    refresh,
  };
}
