/** Bounds of what two people write about their goals, in characters and counts. */
export const GOAL_LIMITS = {
  title: 120,
  description: 1000,
  milestoneTitle: 120,
  milestonesPerGoal: 20,
  goalsPerMatch: 30,
  update: 1000,
  updatesPerGoal: 200,
  sessionNotes: 500,
  sessionsPerMatch: 300,
  sessionMinutes: { min: 5, max: 600 },
} as const;
