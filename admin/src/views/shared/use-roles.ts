import { usePermissions } from 'react-admin';

const SUPERVISING = ['SUPERVISOR', 'ADMIN'];

/** The signed-in user's roles (authProvider.getPermissions) and whether they may approve. */
export function useRoles(): { roles: readonly string[]; supervisor: boolean; loading: boolean } {
  const { permissions, isPending } = usePermissions<string[]>();
  const roles = Array.isArray(permissions) ? permissions : [];
  return { roles, supervisor: roles.some(r => SUPERVISING.includes(r)), loading: isPending };
}
