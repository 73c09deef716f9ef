import { graphql } from '../../gql';

export const ServiceEntryFields = graphql(`
  fragment ServiceEntryFields on ServiceEntry {
    id
    country
    languages
    category
    name
    description
    phone
    website
    address
    hours
    emergency
    isExample
  }
`);

export const ServiceEntriesQuery = graphql(`
  query ServiceEntries(
    $search: String
    $country: Country
    $language: String
    $category: ServiceCategory
    $limit: Int
    $offset: Int
  ) {
    serviceEntries(
      search: $search
      country: $country
      language: $language
      category: $category
      limit: $limit
      offset: $offset
    ) {
      total
      items {
        ...ServiceEntryFields
      }
    }
  }
`);

export const EmergencyServiceEntriesQuery = graphql(`
  query EmergencyServiceEntries($country: Country!) {
    emergencyServiceEntries(country: $country) {
      id
      name
      description
      phone
      hours
      isExample
    }
  }
`);

/** Where she lives, when she has said so in a profile: the directory and the emergency lines start there. */
export const MyCountryQuery = graphql(`
  query MyCountry {
    me {
      id
      roles
      entrepreneurProfile {
        id
        countryOfResidence
      }
      supporterProfile {
        id
        country
      }
    }
  }
`);

export const CreateServiceEntryMutation = graphql(`
  mutation CreateServiceEntry($input: ServiceEntryInput!) {
    createServiceEntry(input: $input) {
      ...ServiceEntryFields
    }
  }
`);

export const UpdateServiceEntryMutation = graphql(`
  mutation UpdateServiceEntry($id: ID!, $input: ServiceEntryInput!) {
    updateServiceEntry(id: $id, input: $input) {
      ...ServiceEntryFields
    }
  }
`);

export const ArchiveServiceEntryMutation = graphql(`
  mutation ArchiveServiceEntry($id: ID!) {
    archiveServiceEntry(id: $id) {
      id
    }
  }
`);
