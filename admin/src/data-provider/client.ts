import { Client, fetchExchange } from '@urql/core';

export interface GraphqlClientOptions {
  /** The GraphQL endpoint; same origin by default, where the session cookie is sent. */
  readonly endpoint?: string;
  /** A bearer token for embedding apps that hold one; without it the session cookie is used. */
  readonly token?: string;
  readonly fetch?: typeof fetch;
}

/**
 * One urql client for the workspace. No cache exchange: react-admin's react-query cache is the cache.
 * POST only: Apollo's CSRF prevention refuses simple GET requests.
 */
export function createGraphqlClient({
  endpoint = '/graphql',
  token,
  fetch,
}: GraphqlClientOptions = {}): Client {
  return new Client({
    url: endpoint,
    exchanges: [fetchExchange],
    requestPolicy: 'network-only',
    preferGetMethod: false,
    ...(fetch ? { fetch } : {}),
    fetchOptions: {
      credentials: 'include',
      headers: token ? { authorization: `Bearer ${token}` } : {},
    },
  });
}
