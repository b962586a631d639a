import { useCallback } from 'react';
import { useGetIdentity } from 'react-admin';

/**
 * Names the user behind a `…By` id: the signed-in user by name, anyone else by id (the API gives
 * ids only).
 */
export function useWho(): (userId: string | null | undefined) => string {
  const { identity } = useGetIdentity();
  return useCallback(
    (userId: string | null | undefined) => {
      if (!userId) return '';
      if (identity && String(identity.id) === String(userId)) return `${identity.fullName ?? 'you'} (you)`;
      return `user #${userId}`;
    },
    [identity],
  );
}
