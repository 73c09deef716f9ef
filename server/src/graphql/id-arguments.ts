// Every record's id is a UUID, so an ID argument that is not one names nothing. Checked once per
// request, before any resolver, for literals and variables alike: otherwise such a value reaches the
// database, where PostgreSQL refuses to compare it with a uuid column and SQLite chokes on a NUL.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  getNamedType,
  GraphQLID,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type GraphQLInputType,
  type GraphQLSchema,
  type DocumentNode,
} from 'graphql';
import { NotFoundError } from '../errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where in the request the first id that is not a UUID sits, or null when every id is one. */
export function firstBadId(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): string | null {
  let bad: string | null = null;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      StringValue(node) {
        if (bad === null && isId(typeInfo.getInputType()) && !UUID.test(node.value)) bad = argumentName(typeInfo);
      },
      IntValue() {
        if (bad === null && isId(typeInfo.getInputType())) bad = argumentName(typeInfo);
      },
      VariableDefinition(node) {
        const type = typeFromAST(schema, node.type);
        const name = node.variable.name.value;
        if (bad === null && type) bad = badIdIn(type as GraphQLInputType, variables?.[name], name);
      },
    }),
  );
  return bad;
}

function isId(type: GraphQLInputType | null | undefined): boolean {
  return !!type && !isListType(getNullable(type)) && getNamedType(type) === GraphQLID;
}

function getNullable(type: GraphQLInputType): GraphQLInputType {
  return isNonNullType(type) ? type.ofType : type;
}

function argumentName(typeInfo: TypeInfo): string {
  return typeInfo.getArgument()?.name ?? 'id';
}

function badIdIn(type: GraphQLInputType, value: unknown, path: string): string | null {
  if (value === null || value === undefined) return null;
  const inner = getNullable(type);
  if (isListType(inner)) {
    if (!Array.isArray(value)) return badIdIn(inner.ofType, value, path);
    for (const item of value) {
      const found = badIdIn(inner.ofType, item, path);
      if (found) return found;
    }
    return null;
  }
  if (isInputObjectType(inner)) {
    if (typeof value !== 'object' || Array.isArray(value)) return null;
    for (const field of Object.values(inner.getFields())) {
      const found = badIdIn(field.type, (value as Record<string, unknown>)[field.name], `${path}.${field.name}`);
      if (found) return found;
    }
    return null;
  }
  // Values of the wrong type are left to GraphQL's own coercion, which names them precisely.
  if (inner === GraphQLID && (typeof value === 'string' || typeof value === 'number')) {
    return UUID.test(String(value)) ? null : path;
  }
  return null;
}

/** Answers a request holding an id that is not a UUID with NOT_FOUND (HTTP 400), before it runs. */
export function idArgumentsPlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          const bad = firstBadId(schema, document, request.variables);
          if (bad === null) return;
          const error = new NotFoundError(bad);
          Object.assign(error.extensions, { http: { status: 400 } });
          throw error;
        },
      };
    },
  };
}
