// Limits on what one GraphQL request may ask for, so that a hostile query costs the server little:
// it is refused during validation, before any resolver or database work.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';

export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2_000,
  maxCost: 2_000,
  maxDirectives: 10,
} as const;

export function queryProtection<Context extends BaseContext>(options: { hideSuggestions: boolean }) {
  const protection = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // graphql-js counts tokens while parsing (parseOptions below), so a refusal is an ordinary 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true },
    // Suggestions ("did you mean …?") reveal the schema when introspection is off.
    blockFieldSuggestion: { enabled: options.hideSuggestions },
  }).protect();
  // The plugins read no context, so they fit a server with any context type.
  return {
    ...protection,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    plugins: protection.plugins as ApolloServerPlugin<Context>[],
  };
}
