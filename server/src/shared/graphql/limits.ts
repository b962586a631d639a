import { GraphQLError, Kind, getNamedType, type ASTVisitor, type FieldNode, type FragmentDefinitionNode, type GraphQLSchema, type ValidationContext, type DocumentNode, type SelectionSetNode } from 'graphql';
import { createRequire } from 'node:module';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { ApolloServerPlugin } from '@apollo/server';
import { DEFAULT_PAGE_SIZE } from '../orm/paginate.js';

// The package's ESM build imports graphql/index.mjs, a second copy of graphql beside the CommonJS
// one that type-graphql and Apollo use; its CommonJS build shares theirs.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)('graphql-query-complexity') as typeof import('graphql-query-complexity');

export const MAX_DEPTH = 12;
export const MAX_COMPLEXITY = 50_000;

/** Refuses documents nested deeper than `max` fields (OWASP GraphQL: limit expensive queries). */
export function depthLimit(max = MAX_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          if (sel.name.value.startsWith('__')) continue;
          deepest = Math.max(deepest, 1 + depthOf((sel as FieldNode).selectionSet, seen));
        } else if (sel.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(sel.selectionSet, seen));
        else if (sel.kind === Kind.FRAGMENT_SPREAD && !seen.has(sel.name.value)) {
          deepest = Math.max(deepest, depthOf(fragments.get(sel.name.value)?.selectionSet, new Set([...seen, sel.name.value])));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > max) context.reportError(new GraphQLError(`Query is ${depth} levels deep; the limit is ${max}`, { nodes: [node] }));
      },
    };
  };
}

/** A connection costs its page size times its children (first/last, default 50). */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  if (!getNamedType(field.type).name.endsWith('Connection')) return undefined;
  const size = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : DEFAULT_PAGE_SIZE;
  return 1 + childComplexity * Math.max(size, 1);
};

export function complexityPlugin(schema: GraphQLSchema, max = MAX_COMPLEXITY): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const complexity = getComplexity({
            schema,
            query: document as DocumentNode,
            variables: request.variables ?? {},
            operationName: request.operationName ?? undefined,
            estimators: [pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > max) {
            throw new GraphQLError(`Query is too expensive (${complexity} > ${max}); ask for smaller pages`, {
              extensions: { code: 'BAD_USER_INPUT', complexity, max },
            });
          }
        },
      };
    },
  };
}
