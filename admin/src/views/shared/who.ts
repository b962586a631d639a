import { useCallback } from 'react';
import { useGetIdentity } from 'react-admin';

/** A `…ByUser` of the API, or a bare `…By` id where the API has no name for it. */
export type Someone = { readonly id: string; readonly name: string } | string | null | undefined;

/** Names who did something: the API's staff member by name ("(you)" for the signed-in user), else the bare id. */
export function useWho(): (someone: Someone) => string {
  const { identity } = useGetIdentity();
  return useCallback(
    (someone: Someone) => {
      if (!someone) return '';
      const id = typeof someone === 'string' ? someone : someone.id;
      const you = identity && String(identity.id) === String(id);
      if (typeof someone !== 'string') return you ? `${someone.name} (you)` : someone.name;
      return you ? `${identity.fullName ?? 'you'} (you)` : `user #${id}`;
    },
    [identity],
  );
}
