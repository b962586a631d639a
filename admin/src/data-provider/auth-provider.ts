import type { Client } from '@urql/core';
import type { AuthProvider, UserIdentity } from 'react-admin';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';
import type { ResourceMap } from '../schema/schema-model';
import { toHttpError } from './errors';

// The token is not even asked for: the server sets the httpOnly `cis_session` cookie, and nothing
// about the session is kept in the browser's storage.
const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      user {
        id
        name
        email
        roles
      }
    }
  }
`);

const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

const MeDocument = graphql(`
  query Me {
    me {
      id
      name
      email
      roles
    }
  }
`);

export type SignedInUser = MeQuery['me'];

/** react-admin calls checkAuth on every page; `me` is asked again after this long. */
const IDENTITY_TTL_MS = 60_000;
const WRITE_ACTIONS = new Set(['create', 'edit', 'delete']);

export function createAuthProvider(client: Client, resources: ResourceMap): AuthProvider {
  let identity: { user: Promise<SignedInUser>; at: number } | null = null;
  let signedOut = false; // the server said there is no session: logging out needs no request

  const me = (): Promise<SignedInUser> => {
    if (identity && Date.now() - identity.at < IDENTITY_TTL_MS) return identity.user;
    const user = client
      .query(MeDocument, {})
      .toPromise()
      .then(result => {
        if (result.error || !result.data) throw toHttpError(result.error ?? { message: 'no identity' });
        return result.data.me;
      });
    identity = { user, at: Date.now() };
    user.catch((error: { status?: number }) => {
      identity = null;
      signedOut = error.status === 401;
    });
    return user;
  };

  return {
    async login(params: { username?: string; email?: string; password: string }) {
      const result = await client
        .mutation(LoginMutation, { email: params.email ?? params.username ?? '', password: params.password })
        .toPromise();
      if (result.error || !result.data) throw toHttpError(result.error ?? { message: 'no session' });
      identity = { user: Promise.resolve(result.data.login.user), at: Date.now() };
      signedOut = false;
    },
    async logout() {
      identity = null;
      if (!signedOut) await client.mutation(LogoutMutation, {}).toPromise(); // errors ignored: an expired session needs no ending
      signedOut = true;
    },
    async checkAuth() {
      await me();
    },
    async checkError(error: { status?: number }) {
      if (error?.status === 401) {
        identity = null;
        signedOut = true;
        throw error;
      }
    },
    async getIdentity(): Promise<UserIdentity> {
      const user = await me();
      return { id: user.id, fullName: user.name, email: user.email };
    },
    async getPermissions() {
      return (await me()).roles;
    },
    async canAccess({ resource, action }) {
      const model = resource ? resources.get(resource) : undefined;
      const allowed = WRITE_ACTIONS.has(action) ? (model?.writeRoles ?? model?.readRoles) : model?.readRoles;
      if (!allowed) return true;
      const { roles } = await me();
      return roles.some(role => allowed.includes(role));
    },
  };
}
