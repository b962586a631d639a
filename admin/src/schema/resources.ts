import type { IntrospectionQuery } from 'graphql';
import introspection from './introspection.json';
import { buildResources } from './build-resources';
import { resourceRegistry } from './resource-registry';

/** The resources of the committed schema (admin/src/schema/introspection.json, from `npm run codegen`). */
export const resources = buildResources(introspection as unknown as IntrospectionQuery, resourceRegistry);
