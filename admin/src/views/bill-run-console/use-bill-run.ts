import { useCallback, useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { BillRunConsoleQuery } from '../../gql/graphql';

const BillRunConsoleDocument = graphql(`
  query BillRunConsole($id: ID!) {
    billRun(id: $id) {
      id
      number
      kind
      status
      allowedActions
      error
      totalAccounts
      billCount
      total
      billDate
      dueDate
      readWindowStart
      readWindowEnd
      calcStartedAt
      calcFinishedAt
      approvedAt
      approvedBy
      approvedByUser {
        id
        name
      }
      postedAt
      postedBy
      postedByUser {
        id
        name
      }
      exportedAt
      cycle {
        id
        code
        name
      }
      progress {
        done
        total
        rate
        secondsLeft
      }
      exceptionCounts {
        code
        total
        open
        blocking
      }
    }
  }
`);

export type ConsoleRun = NonNullable<BillRunConsoleQuery['billRun']>;

export const POLL_MS = 500;
const LONG_STEPS = new Set(['CALCULATING', 'POSTING']);

/** The run, asked again every 500 ms while a long step (calculation, posting) runs. */
export function useBillRun(id: string) {
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: BillRunConsoleDocument,
    variables: { id },
  });
  const run = data?.billRun ?? null;
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const polling = run ? LONG_STEPS.has(run.status) : false;
  useEffect(() => {
    if (!polling) return undefined;
    const timer = setInterval(refresh, POLL_MS);
    return () => clearInterval(timer);
  }, [polling, refresh]);
  return { run, error, fetching, refresh, missing: !fetching && !error && data !== undefined && !run };
}
