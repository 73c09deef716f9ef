import { graphql } from '../../gql';

export const GoalFieldsFragment = graphql(`
  fragment GoalFields on Goal {
    id
    title
    description
    targetDate
    status
    pathway
    createdBySide
    milestonesDone
    milestones {
      id
      title
      done
    }
    updates {
      id
      side
      body
      newStatus
      createdAt
    }
  }
`);

export const GoalBoardQuery = graphql(`
  query GoalBoard($matchId: ID!) {
    goalBoard(matchId: $matchId) {
      matchId
      kind
      matchStatus
      mySide
      partnerName
      writable
      goals {
        ...GoalFields
      }
      sessions {
        id
        side
        heldOn
        durationMinutes
        notes
      }
    }
  }
`);

export const AddGoalMutation = graphql(`
  mutation AddGoal($matchId: ID!, $input: GoalInput!) {
    addGoal(matchId: $matchId, input: $input) {
      ...GoalFields
    }
  }
`);

export const AddMilestoneMutation = graphql(`
  mutation AddMilestone($goalId: ID!, $title: String!) {
    addMilestone(goalId: $goalId, input: { title: $title }) {
      ...GoalFields
    }
  }
`);

export const SetMilestoneDoneMutation = graphql(`
  mutation SetMilestoneDone($milestoneId: ID!, $done: Boolean!) {
    setMilestoneDone(milestoneId: $milestoneId, done: $done) {
      ...GoalFields
    }
  }
`);

export const PostGoalUpdateMutation = graphql(`
  mutation PostGoalUpdate($goalId: ID!, $input: GoalUpdateInput!) {
    postGoalUpdate(goalId: $goalId, input: $input) {
      ...GoalFields
    }
  }
`);

export const LogSessionMutation = graphql(`
  mutation LogSession($matchId: ID!, $input: SessionLogInput!) {
    logSession(matchId: $matchId, input: $input) {
      id
    }
  }
`);

export const GoalPathwaysQuery = graphql(`
  query GoalPathways($matchId: ID!, $locale: String) {
    goalPathways(matchId: $matchId, locale: $locale) {
      code
      title
      description
      milestones
      localized
    }
  }
`);

export const AddPathwayGoalMutation = graphql(`
  mutation AddPathwayGoal($matchId: ID!, $input: PathwayGoalInput!) {
    addPathwayGoal(matchId: $matchId, input: $input) {
      ...GoalFields
    }
  }
`);
