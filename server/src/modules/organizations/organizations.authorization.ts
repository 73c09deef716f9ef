import type { Caller, MatrixWorld, OperationRules } from '../../test-support/authorization.js';
import { User } from '../accounts/user.entity.js';
import { OrganizationJoinRequest, pendingKeyOf } from './organization-join-request.entity.js';
import { Organization } from './organization.entity.js';

let serial = 0;
const organization = () => ({
  name: `Matrix organization ${++serial}`,
  description: 'An organization made by the authorization matrix.',
  countries: ['CR'],
  languages: ['es'],
  services: ['MENTOR'],
  needs: ['BUSINESS_PLAN'],
  website: 'https://example.org/matrix',
  phone: '+506 0000 0000',
  email: 'matrix@example.org',
  address: 'San José',
  isExample: true,
});

/** A pending request to the matrix's organization, from `userId` or from a new entrepreneur. */
async function pendingRequestId(w: MatrixWorld, userId?: string): Promise<string> {
  const requester = userId ?? (await w.api.person(['ENTREPRENEUR'])).id;
  const em = w.api.server.orm.em.fork();
  const request = em.create(OrganizationJoinRequest, {
    organization: em.getReference(Organization, w.organizationId),
    user: em.getReference(User, requester),
    role: 'MEMBER',
    pendingKey: pendingKeyOf(w.organizationId, requester),
  });
  await em.flush();
  return request.id;
}

/** Her own request for the callers who may withdraw; someone else's for those who may not. */
function ownRequestOf(w: MatrixWorld, caller: Caller): Promise<string> {
  const own = caller === 'ENTREPRENEUR' || caller === 'MENTOR' || caller === 'ADVISER';
  return own ? pendingRequestId(w, w.people[caller].id) : pendingRequestId(w);
}

/** A fresh organization for each call, so that one person's request never meets her earlier one. */
async function freshOrganizationId(w: MatrixWorld): Promise<string> {
  const em = w.api.server.orm.em.fork();
  const created = em.create(Organization, {
    name: `Matrix organization ${++serial}`,
    description: 'An organization to ask to join.',
    countries: ['CR'],
    languages: ['es'],
    services: ['MENTOR'],
    countryTags: ',CR,',
    languageTags: ',es,',
  });
  await em.flush();
  return created.id;
}

export const organizationOperations: OperationRules = {
  organizations: { allowed: 'EVERYONE', document: 'query { organizations { id name } }' },
  organizationDirectory: {
    allowed: 'EVERYONE',
    document:
      'query { organizationDirectory(country: CR, language: "es", supportKind: MENTOR, need: BUSINESS_PLAN, search: "red") { total items { id name } } }',
  },
  organization: {
    allowed: 'EVERYONE',
    document: 'query($id: ID!) { organization(id: $id) { id website phone email address } }',
    variables: (w) => ({ id: w.organizationId }),
  },
  createOrganization: {
    allowed: ['ADMIN'],
    document: 'mutation($input: OrganizationInput!) { createOrganization(input: $input) { id } }',
    variables: () => ({ input: organization() }),
  },
  updateOrganization: {
    allowed: ['COORDINATOR', 'ADMIN'],
    document: 'mutation($id: ID!, $input: OrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }',
    variables: (w) => ({ id: w.organizationId, input: organization() }),
  },
  addOrganizationMember: {
    allowed: ['COORDINATOR', 'ADMIN'],
    document:
      'mutation($org: ID!, $user: ID!) { addOrganizationMember(organizationId: $org, userId: $user, role: MENTOR) { id } }',
    variables: (w) => ({ org: w.organizationId, user: w.others.MENTOR.id }),
  },
  removeOrganizationMember: {
    allowed: ['COORDINATOR', 'ADMIN'],
    document: 'mutation($org: ID!, $user: ID!) { removeOrganizationMember(organizationId: $org, userId: $user) }',
    variables: (w) => ({ org: w.organizationId, user: w.others.MENTOR.id }),
  },
  myOrganizationJoinRequests: {
    allowed: ['ENTREPRENEUR', 'MENTOR', 'ADVISER'],
    document: 'query { myOrganizationJoinRequests { id status organization { id } } }',
  },
  pendingOrganizationJoinRequests: {
    allowed: ['COORDINATOR', 'ADMIN'],
    document: 'query($org: ID!) { pendingOrganizationJoinRequests(organizationId: $org) { id requesterName } }',
    variables: (w) => ({ org: w.organizationId }),
  },
  requestToJoinOrganization: {
    allowed: ['ENTREPRENEUR', 'MENTOR', 'ADVISER'],
    document: 'mutation($input: JoinOrganizationInput!) { requestToJoinOrganization(input: $input) { id status } }',
    variables: async (w) => ({ input: { organizationId: await freshOrganizationId(w), message: 'Quisiera unirme.' } }),
  },
  withdrawOrganizationJoinRequest: {
    allowed: ['ENTREPRENEUR', 'MENTOR', 'ADVISER'],
    document: 'mutation($id: ID!) { withdrawOrganizationJoinRequest(requestId: $id) { id status } }',
    variables: async (w, caller) => ({ id: await ownRequestOf(w, caller) }),
  },
  acceptOrganizationJoinRequest: {
    allowed: ['COORDINATOR', 'ADMIN'],
    document: 'mutation($id: ID!) { acceptOrganizationJoinRequest(requestId: $id) { id status } }',
    variables: async (w) => ({ id: await pendingRequestId(w) }),
  },
  declineOrganizationJoinRequest: {
    allowed: ['COORDINATOR', 'ADMIN'],
    document:
      'mutation($input: DeclineJoinRequestInput!) { declineOrganizationJoinRequest(input: $input) { id status } }',
    variables: async (w) => ({ input: { requestId: await pendingRequestId(w), reason: 'NOT_TAKING_MEMBERS' } }),
  },
};
