import { graphql } from '../../gql';

export const MySupporterProfileQuery = graphql(`
  query MySupporterProfile {
    me {
      id
      roles
      supporterProfile {
        id
        active
        verified
        supportKinds
        needs
        jurisdictions
        capacity
        country
        city
        modalities
        sectors
        businessStages
        bio
        languages {
          language
          level
        }
        availability {
          timeZone
          slots {
            day
            startMinute
            endMinute
          }
        }
      }
    }
  }
`);

export const SaveSupporterProfileMutation = graphql(`
  mutation SaveSupporterProfile($input: SupporterProfileInput!) {
    saveSupporterProfile(input: $input) {
      id
      verified
    }
  }
`);

export const SetSupporterActiveMutation = graphql(`
  mutation SetSupporterActive($active: Boolean!) {
    setSupporterActive(active: $active) {
      id
      active
    }
  }
`);
