import { useCallback } from 'react';
import { useNotify } from 'react-admin';
import { graphql } from '../../gql';
import type { EditWorkOrderType, ExceptionActionKind } from '../../gql/graphql';
import { useOfficeMutation } from '../shared/use-office-mutation';
import type { EditListException } from './use-edit-list';

const WorkExceptionDocument = graphql(`
  mutation WorkException($input: ExceptionActionInput!) {
    workException(input: $input) {
      id
      status
    }
  }
`);

const WorkExceptionsDocument = graphql(`
  mutation WorkExceptions($input: BulkExceptionActionInput!) {
    workExceptions(input: $input)
  }
`);

export interface ActionExtras {
  readonly workOrderType?: EditWorkOrderType;
  readonly readValue?: string;
  readonly note?: string;
}

const DONE: Readonly<Record<ExceptionActionKind, string>> = {
  ACCEPT: 'Accepted',
  ESTIMATE: 'Estimated',
  HOLD: 'Held',
  RELEASE_HOLD: 'Released the hold on',
  CORRECT_READ: 'Corrected the read of',
  WORK_ORDER: 'Work order issued for',
};

/** "Accepted HIGH on 100023", "Work order RE_READ issued for NO_READ on 100023" */
export function doneMessage(
  action: ExceptionActionKind,
  code: string,
  account: string,
  workOrderType?: string,
): string {
  if (action === 'HOLD' || action === 'RELEASE_HOLD') return `${DONE[action]} account ${account}`;
  if (action === 'WORK_ORDER')
    return `Work order ${workOrderType ?? ''} issued for ${code} on ${account}`.replace('  ', ' ');
  return `${DONE[action]} ${code} on ${account}`;
}

/**
 * The edit-list actions. A hold targets the account (run + account); every other action targets
 * the exception. `onDone` refreshes the list so that the result (who, when) comes from the server.
 */
export function useExceptionActions(runId: string, onDone: () => void) {
  const [workOne, busyOne] = useOfficeMutation(WorkExceptionDocument);
  const [workMany, busyMany] = useOfficeMutation(WorkExceptionsDocument);
  const notify = useNotify();

  const work = useCallback(
    async (exception: EditListException, action: ExceptionActionKind, extras: ActionExtras = {}) => {
      const target =
        action === 'HOLD' || action === 'RELEASE_HOLD'
          ? { runId, accountId: exception.account.id }
          : { exceptionId: exception.id };
      const outcome = await workOne(
        { input: { ...target, action, ...extras } },
        doneMessage(action, exception.code, exception.account.number, extras.workOrderType),
      );
      onDone();
      return !outcome.error;
    },
    [runId, workOne, onDone],
  );

  const acceptMany = useCallback(
    async (ids: readonly string[]) => {
      if (!ids.length) {
        notify('Select exceptions with x first (shift+X selects all shown)', { type: 'warning' });
        return false;
      }
      const outcome = await workMany(
        { input: { exceptionIds: [...ids], action: 'ACCEPT' } },
        data => `Accepted ${data.workExceptions} exceptions`,
      );
      onDone();
      return !outcome.error;
    },
    [workMany, onDone, notify],
  );

  return { work, acceptMany, busy: busyOne || busyMany };
}
