import type { OperationRules } from '../../test-support/authorization.js';

let serial = 0;
const organization = () => ({
  name: `Matrix organization ${++serial}`,
  description: 'An organization made by the authorization matrix.',
  countries: ['CR'],
  languages: ['es'],
  services: ['MENTOR'],
});

export const organizationOperations: OperationRules = {
  organizations: { allowed: 'EVERYONE', document: 'query { organizations { id name } }' },
  organization: {
    allowed: 'EVERYONE',
    document: 'query($id: ID!) { organization(id: $id) { id } }',
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
};
