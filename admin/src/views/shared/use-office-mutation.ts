import { useCallback } from 'react';
import { useNotify, type HttpError } from 'react-admin';
import { useMutation, type AnyVariables, type DocumentInput } from 'urql';
import { toHttpError } from '../../data-provider';

export type Outcome<Data> =
  | { readonly data: Data; readonly error?: undefined }
  | { readonly data?: undefined; readonly error: HttpError };

/**
 * A mutation of a custom view: runs it, tells the clerk what the server refused (the message of
 * the error code), and says what was done on success.
 */
export function useOfficeMutation<Data, Variables extends AnyVariables>(
  document: DocumentInput<Data, Variables>,
) {
  const [state, run] = useMutation<Data, Variables>(document);
  const notify = useNotify();
  const execute = useCallback(
    async (variables: Variables, success?: string | ((data: Data) => string)): Promise<Outcome<Data>> => {
      const result = await run(variables);
      if (result.error || !result.data) {
        const error = toHttpError(result.error ?? { message: 'no answer' });
        notify(error.message, { type: 'error', autoHideDuration: 8000 });
        return { error };
      }
      if (success) notify(typeof success === 'string' ? success : success(result.data), { type: 'success' });
      return { data: result.data };
    },
    [run, notify],
  );
  return [execute, state.fetching] as const;
}
