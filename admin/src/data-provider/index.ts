export { createAuthProvider, type SignedInUser } from './auth-provider';
export { createGraphqlClient, type GraphqlClientOptions } from './client';
export { createCrudProvider, execute } from './crud-provider';
export { toHttpError } from './errors';
