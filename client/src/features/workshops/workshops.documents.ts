import { graphql } from '../../gql';

export const WorkshopFieldsFragment = graphql(`
  fragment WorkshopFields on WorkshopView {
    id
    title
    description
    topic
    language
    startsAt
    endsAt
    durationMinutes
    timeZone
    localStart
    modality
    meetingLink
    place
    city
    country
    seats
    confirmedCount
    waitingCount
    seatsLeft
    status
    organizerName
    canManage
    started
    myPlace {
      id
      status
      waitingPosition
      attendance
    }
  }
`);

export const UpcomingWorkshopsQuery = graphql(`
  query UpcomingWorkshops(
    $language: String
    $topic: Need
    $modality: WorkshopModality
    $country: Country
    $limit: Int
    $offset: Int
  ) {
    upcomingWorkshops(
      language: $language
      topic: $topic
      modality: $modality
      country: $country
      limit: $limit
      offset: $offset
    ) {
      total
      items {
        ...WorkshopFields
      }
    }
  }
`);

export const MyWorkshopsQuery = graphql(`
  query MyWorkshops {
    myWorkshops {
      ...WorkshopFields
    }
  }
`);

export const OrganizedWorkshopsQuery = graphql(`
  query OrganizedWorkshops {
    organizedWorkshops {
      ...WorkshopFields
    }
  }
`);

export const WorkshopQuery = graphql(`
  query Workshop($id: ID!) {
    workshop(id: $id) {
      ...WorkshopFields
    }
  }
`);

export const WorkshopRegistrantsQuery = graphql(`
  query WorkshopRegistrants($id: ID!) {
    workshopRegistrants(id: $id) {
      id
      displayName
      status
      waitingPosition
      attendance
    }
  }
`);

export const PublishWorkshopMutation = graphql(`
  mutation PublishWorkshop($input: WorkshopInput!) {
    publishWorkshop(input: $input) {
      ...WorkshopFields
    }
  }
`);

export const UpdateWorkshopMutation = graphql(`
  mutation UpdateWorkshop($id: ID!, $input: WorkshopInput!) {
    updateWorkshop(id: $id, input: $input) {
      ...WorkshopFields
    }
  }
`);

export const CancelWorkshopMutation = graphql(`
  mutation CancelWorkshop($id: ID!) {
    cancelWorkshop(id: $id) {
      ...WorkshopFields
    }
  }
`);

export const SignUpForWorkshopMutation = graphql(`
  mutation SignUpForWorkshop($id: ID!) {
    signUpForWorkshop(id: $id) {
      ...WorkshopFields
    }
  }
`);

export const LeaveWorkshopMutation = graphql(`
  mutation LeaveWorkshop($id: ID!) {
    leaveWorkshop(id: $id) {
      ...WorkshopFields
    }
  }
`);

export const RecordWorkshopAttendanceMutation = graphql(`
  mutation RecordWorkshopAttendance($id: ID!, $input: AttendanceListInput!) {
    recordWorkshopAttendance(id: $id, input: $input) {
      id
      displayName
      status
      waitingPosition
      attendance
    }
  }
`);
