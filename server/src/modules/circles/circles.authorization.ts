import { randomUUID } from 'node:crypto';
import type { MatrixWorld, OperationRules } from '../../test-support/authorization.js';
import { Conversation } from '../chat/conversation.entity.js';
import { Circle } from './circle.entity.js';

/** A fresh open circle for each call, so that joining in one call leaves the next one something to do. */
async function circleId(w: MatrixWorld): Promise<string> {
  const em = w.api.server.orm.em.fork();
  const conversation = em.create(Conversation, { kind: 'CIRCLE' });
  const circle = em.create(Circle, {
    conversation,
    name: 'Matrix circle',
    description: 'Made by the matrix.',
    language: 'ht',
  });
  await em.flush();
  return circle.id;
}

// Members are found only by members: a sample id that names nothing gets NOT_FOUND, not FORBIDDEN.
export const circleOperations: OperationRules = {
  circles: { allowed: 'SIGNED_IN', document: 'query { circles(language: "ht") { id name memberCount joined } }' },
  circle: {
    allowed: 'SIGNED_IN',
    document: 'query($id: ID!) { circle(id: $id) { id joined } }',
    variables: async (w) => ({ id: await circleId(w) }),
  },
  createCircle: {
    allowed: ['COORDINATOR', 'ADMIN'],
    document: 'mutation($input: CircleInput!) { createCircle(input: $input) { id } }',
    variables: () => ({ input: { name: 'Matrix circle', description: 'A circle of the matrix.', country: 'CR' } }),
  },
  archiveCircle: {
    allowed: ['COORDINATOR', 'ADMIN'],
    document: 'mutation($id: ID!) { archiveCircle(id: $id) { id archivedAt } }',
    variables: async (w) => ({ id: await circleId(w) }),
  },
  appointCircleModerator: {
    allowed: ['COORDINATOR', 'ADMIN'],
    document: 'mutation($id: ID!, $userId: ID!) { appointCircleModerator(circleId: $id, userId: $userId) { id } }',
    variables: async (w) => ({ id: await circleId(w), userId: w.others.MENTOR.id }),
  },
  joinCircle: {
    allowed: ['ENTREPRENEUR', 'MENTOR', 'ADVISER'],
    document: 'mutation($id: ID!) { joinCircle(id: $id) { id joined } }',
    variables: async (w) => ({ id: await circleId(w) }),
  },
  leaveCircle: {
    allowed: 'SIGNED_IN',
    document: 'mutation($id: ID!) { leaveCircle(id: $id) { id joined } }',
    variables: async (w) => ({ id: await circleId(w) }),
  },
  removeCircleMember: {
    allowed: 'SIGNED_IN',
    document: 'mutation($id: ID!, $userId: ID!) { removeCircleMember(circleId: $id, userId: $userId) { id } }',
    variables: (w) => ({ id: randomUUID(), userId: w.others.ENTREPRENEUR.id }),
  },
  removeCircleMessage: {
    allowed: 'SIGNED_IN',
    document: 'mutation($id: ID!) { removeCircleMessage(messageId: $id) { id removed } }',
    variables: () => ({ id: randomUUID() }),
  },
};
