import { buildSchema, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { QUERY_LIMITS, queryProtection } from '../graphql/limits.js';
import { errorCodes, startTestServer, type TestServer } from '../test-support/test-server.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ corsOrigins: ['https://partner.example'] });
});
afterAll(async () => api?.close());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('HTTP', () => {
  test('sends security headers with a content security policy', async () => {
    const response = await fetch(`${api.url}/health`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  test('lets only allow-listed origins call the API with credentials', async () => {
    const partner = await post('{"query":"{ me { id } }"}', { origin: 'https://partner.example' });
    expect(partner.headers.get('access-control-allow-origin')).toBe('https://partner.example');
    expect(partner.headers.get('access-control-allow-credentials')).toBe('true');
    const stranger = await post('{"query":"{ me { id } }"}', { origin: 'https://evil.example' });
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('refuses a body over 100 kB with a clear JSON error', async () => {
    const response = await post(
      JSON.stringify({ query: '{ me { id } }', variables: { padding: 'x'.repeat(120_000) } }),
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE', key: 'error.payloadTooLarge' } }],
    });
  });

  test('refuses requests a browser could be tricked into sending (CSRF)', async () => {
    const simple = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"query":"mutation { logOut }"}',
    });
    expect(simple.status).toBe(400);
    const get = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(get.status).toBe(400);
  });

  test('refuses batched operations', async () => {
    const response = await post(JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]));
    expect(response.status).toBe(400);
  });
});

describe('GraphQL limits', () => {
  test('refuses too many aliases before running anything', async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: organizations { id }`).join(
      ' ',
    );
    const result = await api.gql(`{ ${aliases} }`);
    expect(result.status).toBe(400);
    expect(errorCodes(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(result.errors?.[0]?.message).toMatch(/aliases/i);
    expect(result.data).toBeUndefined();
  });

  test('refuses a query with too many tokens', async () => {
    const fields = Array.from({ length: QUERY_LIMITS.maxTokens }, () => '__typename').join(' ');
    const result = await api.gql(`{ ${fields} }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toMatch(/token/i);
  });

  test('refuses a query deeper than the limit, and one that costs too much', () => {
    const schema = buildSchema('type Query { node: Node } type Node { id: ID name: String child: Node }');
    const rules = queryProtection({ hideSuggestions: true }).validationRules;
    const nested = (depth: number): string => (depth === 0 ? 'id' : `child { ${nested(depth - 1)} }`);
    expect(validate(schema, parse(`{ node { ${nested(QUERY_LIMITS.maxDepth - 2)} } }`), rules)).toEqual([]);
    const deep = validate(schema, parse(`{ node { ${nested(QUERY_LIMITS.maxDepth + 2)} } }`), rules);
    expect(deep.map((e) => e.message).join()).toMatch(/depth/i);
    const wide = Array.from({ length: 12 }, (_, i) => `f${i}: node { ${nested(8).replace('id', 'id name')} }`).join(
      ' ',
    );
    const costly = validate(schema, parse(`{ ${wide} }`), rules);
    expect(costly.map((e) => e.message).join()).toMatch(/cost/i);
  });
});

describe('in production', () => {
  let production: TestServer;
  beforeAll(async () => {
    production = await startTestServer({ nodeEnv: 'production', isProduction: true });
  });
  afterAll(async () => production?.close());

  test('introspection is off and field suggestions do not reveal the schema', async () => {
    const introspection = await production.gql('{ __schema { types { name } } }');
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await production.gql('{ mee { id } }');
    expect(typo.errors?.[0]?.message).not.toMatch(/did you mean/i);
  });

  test('session cookies are Secure', async () => {
    const result = await production.gql('mutation($i: RegisterInput!) { register(input: $i) { token } }', {
      i: { email: 'prod@test.aliadas', password: 'production-password', displayName: 'P', roles: ['ENTREPRENEUR'] },
    });
    expect(result.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
  });
});
