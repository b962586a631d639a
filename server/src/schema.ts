import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth/auth-checker.js';
import { RESOLVERS } from './domains.js';

let built: Promise<GraphQLSchema> | undefined;

/** The one schema of the API, built from the resolvers of every domain (also used by schema:emit). */
export function buildGraphqlSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS as unknown as [Function, ...Function[]],
    authChecker,
    authMode: 'error',
    validate: false,
  });
  return built;
}
