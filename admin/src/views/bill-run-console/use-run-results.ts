import { useEffect, useRef } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { RunResultsQuery } from '../../gql/graphql';

const RunResultsDocument = graphql(`
  query RunResults($id: ID!) {
    billRun(id: $id) {
      id
      register {
        previousRunId
        total {
          key
          bills
          usage
          amount
        }
        byService {
          key
          bills
          usage
          amount
        }
        bySchedule {
          key
          bills
          usage
          amount
        }
        amountChange {
          current
          previous
          difference
          percent
        }
        amountChangeByService {
          key
          current
          previous
          difference
          percent
        }
        billCountChange {
          current
          previous
          difference
        }
        usageChange {
          current
          previous
          difference
          percent
        }
      }
      unbilled(first: 200) {
        totalCount
        nodes {
          disposition
          holdReason
          partial
          usage
          account {
            id
            number
            customer {
              id
              name
            }
            premise {
              id
              address
            }
          }
        }
      }
    }
  }
`);

export type RunResults = NonNullable<RunResultsQuery['billRun']>;

/** The register and the unbilled audit of a run, asked again each time the run's status changes. */
export function useRunResults(id: string, status: string | undefined) {
  const [{ data }, reexecute] = useQuery({
    query: RunResultsDocument,
    variables: { id },
    pause: !status || status === 'CALCULATING',
  });
  const seen = useRef(status);
  useEffect(() => {
    const before = seen.current;
    seen.current = status;
    // Leaving a paused state (no status yet, CALCULATING) runs the query by itself.
    if (before === status || !before || before === 'CALCULATING' || status === 'CALCULATING') return;
    reexecute({ requestPolicy: 'network-only' });
  }, [status, reexecute]);
  return data?.billRun ?? null;
}
