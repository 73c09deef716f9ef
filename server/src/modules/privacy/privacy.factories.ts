// Test data for the privacy feature: a match brought to ACTIVE the way people do it, over GraphQL.
import type { SupportKind } from '@aliadas/shared';
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { TestServer } from '../../test-support/test-server.js';
import { makeEntrepreneur, makeRequest, makeSupporter, type Someone } from '../matching/matching.factories.js';

export interface ActiveMatch {
  entrepreneur: Someone;
  supporter: Someone;
  matchId: string;
  requestId: string;
  demandId: string;
}

const BY_HAND = 'mutation($d: ID!, $s: ID!) { matchByHand(demandId: $d, supporterUserId: $s, reason: "r") { id } }';
const ACCEPT = 'mutation($id: ID!) { acceptInvitation(matchId: $id) { status } }';

/** An invited match (APPROVED), or an ACTIVE one when `accept` is true. */
export async function matchOf(
  api: TestServer,
  coordinator: Someone,
  options: {
    kind?: SupportKind;
    accept?: boolean;
    capacity?: number;
    supporter?: Someone;
    entrepreneur?: Someone;
  } = {},
): Promise<ActiveMatch> {
  const kind = options.kind ?? 'MENTOR';
  const psychosocial = kind === 'PSYCHOSOCIAL';
  const entrepreneur = options.entrepreneur ?? (await makeEntrepreneur(api.server.orm));
  const supporter =
    options.supporter ??
    (await makeSupporter(api.server.orm, {
      ...(psychosocial ? { supportKinds: ['PSYCHOSOCIAL'], needs: ['PSYCHOSOCIAL_SUPPORT'] } : {}),
      capacity: options.capacity ?? 3,
    }));
  const { requestId, demands } = await makeRequest(
    api.server.orm,
    entrepreneur.id,
    psychosocial ? ['PSYCHOSOCIAL_SUPPORT'] : ['BUSINESS_PLAN'],
  );
  const demandId = demands[kind]!;
  const made = await api.gql<{ matchByHand: { id: string } }>(BY_HAND, { d: demandId, s: supporter.id }, coordinator);
  expect(made.errors).toBeUndefined();
  const matchId = made.data!.matchByHand.id;
  if (options.accept ?? true) {
    const accepted = await api.gql(ACCEPT, { id: matchId }, supporter);
    expect(accepted.errors).toBeUndefined();
  }
  return { entrepreneur, supporter, matchId, requestId, demandId };
}

export async function share(api: TestServer, who: Someone, phone: string | null = '+50688887777'): Promise<void> {
  const result = await api.gql(
    'mutation($phone: String) { updateContactDetails(input: { phone: $phone, shareContactDetails: true }) { id } }',
    { phone },
    who,
  );
  expect(result.errors).toBeUndefined();
}

export async function conversationIdOf(api: TestServer, who: Someone, matchId: string): Promise<string> {
  const result = await api.gql<{ conversations: { id: string; matchId: string | null }[] }>(
    'query { conversations { id matchId } }',
    {},
    who,
  );
  const found = result.data?.conversations.find((c) => c.matchId === matchId);
  expect(found).toBeDefined();
  return found!.id;
}

export async function say(api: TestServer, who: Someone, conversationId: string, body: string): Promise<void> {
  const sent = await api.gql(
    'mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }',
    { input: { conversationId, clientMessageId: randomUUID(), body } },
    who,
  );
  expect(sent.errors).toBeUndefined();
}
