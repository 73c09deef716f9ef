// Counts the costly root fields of each GraphQL operation before anything runs: an operation over a
// limit is refused whole with 429, RATE_LIMITED and Retry-After, and costs the server one counter.
// Aliases and fragments do not help: each occurrence of a field counts.
import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import {
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { RateLimitedError } from '../errors.js';
import type { GraphQLContext } from '../graphql/context.js';
import { GRAPHQL_LIMITS, type RateLimits } from './rate-limits.js';

export function rateLimitPlugin(limits: RateLimits): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation) return;
          const root = operation.operation === OperationTypeNode.MUTATION ? 'Mutation' : 'Query';
          // Fields under one response name run once; each alias runs again.
          const counted = new Map<string, Set<string>>();
          for (const { name, responseKey } of rootFields(operation.selectionSet, document)) {
            const coordinate = `${root}.${name}`;
            if (GRAPHQL_LIMITS[coordinate])
              counted.set(coordinate, (counted.get(coordinate) ?? new Set()).add(responseKey));
          }
          for (const [coordinate, { size: times }] of counted) {
            const rule = GRAPHQL_LIMITS[coordinate]!;
            const who =
              rule.by === 'person' && contextValue.user
                ? `person:${contextValue.user.id}`
                : `address:${contextValue.clientAddress}`;
            try {
              await limits.get(rule.limit).consume(who, times);
            } catch (error) {
              if (error instanceof RateLimitedError) {
                const seconds = String(error.params.retryAfterSeconds);
                Object.assign(error.extensions, {
                  http: { status: 429, headers: new HeaderMap([['retry-after', seconds]]) },
                });
              }
              throw error;
            }
          }
        },
        async willSendResponse({ response }) {
          // A refusal inside a resolver (a chat message over its limit) tells HTTP clients when to retry too.
          if (response.body.kind !== 'single' || response.http.headers.has('retry-after')) return;
          const waits = (response.body.singleResult.errors ?? [])
            .filter((e) => e.extensions?.code === 'RATE_LIMITED')
            .map((e) => Number(e.extensions?.retryAfterSeconds))
            .filter((s) => Number.isFinite(s));
          if (waits.length > 0) response.http.headers.set('retry-after', String(Math.max(...waits)));
        },
      };
    },
  };
}

interface RootField {
  name: string;
  responseKey: string;
}

/** The fields an operation selects at its root, through fragments. */
function rootFields(selectionSet: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): RootField[] {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) {
      return [{ name: selection.name.value, responseKey: selection.alias?.value ?? selection.name.value }];
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, document, seen);
    const fragment = fragments.get(selection.name.value);
    if (!fragment || seen.has(fragment.name.value)) return [];
    seen.add(fragment.name.value);
    return rootFields(fragment.selectionSet, document, seen);
  });
}
