import { graphql } from '../../gql';

export const MyEntrepreneurProfileQuery = graphql(`
  query MyEntrepreneurProfile {
    me {
      id
      entrepreneurProfile {
        id
        businessStage
        businessDescription
        city
        countryOfOrigin
        countryOfResidence
        sector
        modalities
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

export const SaveEntrepreneurProfileMutation = graphql(`
  mutation SaveEntrepreneurProfile($input: EntrepreneurProfileInput!) {
    saveEntrepreneurProfile(input: $input) {
      id
    }
  }
`);
