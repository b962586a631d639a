import { useCallback, useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { EditListQuery } from '../../gql/graphql';
import { exceptionFilterOf, type EditListFilters } from './filters';

/** As many as a clerk works in one sitting; the counts say when there are more. */
export const PAGE = 500;

const EditListDocument = graphql(`
  query EditList($id: ID!, $filter: BillRunExceptionFilter, $first: Int) {
    billRun(id: $id) {
      id
      number
      status
      allowedActions
      readWindowEnd
      cycle {
        id
        name
      }
      exceptionCounts {
        code
        total
        open
        blocking
      }
      exceptions(filter: $filter, first: $first, orderBy: [{ field: ACCOUNT }, { field: CODE }]) {
        totalCount
        nodes {
          id
          code
          blocking
          status
          message
          figures
          resolution
          resolvedAt
          resolvedBy
          resolvedByUser {
            id
            name
          }
          actions {
            id
            kind
            workOrderType
            note
            at
            by {
              id
              name
            }
          }
          note
          workOrderId
          account {
            id
            number
            premise {
              id
              address
              routeCode
            }
          }
        }
      }
    }
  }
`);

export type EditListRun = NonNullable<EditListQuery['billRun']>;
export type EditListException = EditListRun['exceptions']['nodes'][number];

/** The run's edit list under the clerk's filters; `refresh` asks the server again. */
export function useEditList(runId: string, filters: EditListFilters) {
  const filter = useMemo(() => exceptionFilterOf(filters), [filters]);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: EditListDocument,
    variables: { id: runId, filter, first: PAGE },
  });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { run: data?.billRun ?? null, fetching, error, refresh };
}
