import { useCallback, useState } from 'react';
import { useNotify } from 'react-admin';
import { useClient } from 'urql';
import { toHttpError } from '../../data-provider';
import { graphql } from '../../gql';
import type { RunAction } from './run-actions';

const DOCUMENTS = {
  buildEditList: graphql(`
    mutation RefreshEditList($id: ID!) {
      refreshEditList(id: $id) {
        id
        status
      }
    }
  `),
  calculate: graphql(`
    mutation CalculateBillRun($id: ID!) {
      calculateBillRun(id: $id) {
        id
        status
      }
    }
  `),
  approve: graphql(`
    mutation ApproveBillRun($id: ID!) {
      approveBillRun(id: $id) {
        id
        status
      }
    }
  `),
  reopen: graphql(`
    mutation ReopenBillRun($id: ID!) {
      reopenBillRun(id: $id) {
        id
        status
      }
    }
  `),
  post: graphql(`
    mutation PostBillRun($id: ID!) {
      postBillRun(id: $id) {
        id
        status
      }
    }
  `),
  export: graphql(`
    mutation ExportBillRun($id: ID!) {
      exportBillRun(id: $id) {
        id
        status
      }
    }
  `),
  cancel: graphql(`
    mutation CancelBillRun($id: ID!) {
      cancelBillRun(id: $id) {
        id
        status
      }
    }
  `),
} as const;

const DONE: Readonly<Record<RunAction, string>> = {
  buildEditList: 'Edit list rebuilt',
  calculate: 'Calculation started',
  approve: 'Bill run approved',
  reopen: 'Bill run reopened',
  post: 'Bills posted',
  export: 'Marked exported',
  cancel: 'Bill run cancelled',
};

/** Takes a run action; the server's refusal (CONFLICT, FORBIDDEN) is shown as it says it. */
export function useRunAction(runId: string, onDone: () => void) {
  const client = useClient();
  const notify = useNotify();
  const [busy, setBusy] = useState<RunAction | null>(null);
  const take = useCallback(
    async (action: RunAction) => {
      setBusy(action);
      try {
        const result = await client.mutation(DOCUMENTS[action], { id: runId }).toPromise();
        if (result.error)
          notify(toHttpError(result.error).message, { type: 'error', autoHideDuration: 8000 });
        else notify(DONE[action], { type: 'success' });
      } finally {
        setBusy(null);
        onDone();
      }
    },
    [client, notify, runId, onDone],
  );
  return { take, busy };
}
