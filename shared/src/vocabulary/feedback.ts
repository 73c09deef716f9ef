// Feedback at the end of a match: each of the two people rates it from 1 to 5 and says how it went
// (an outcome of MATCH_OUTCOMES), perhaps with a short comment that only network staff read.

export const FEEDBACK_SIDES = ['ENTREPRENEUR', 'SUPPORTER'] as const;
export type FeedbackSide = (typeof FEEDBACK_SIDES)[number];

export const FEEDBACK_RATING = { min: 1, max: 5 } as const;

export const FEEDBACK_LIMITS = {
  /** Characters of the optional comment. */
  comment: 500,
  /** Days after the end of a match during which she may give her feedback, or change it. */
  windowDays: 30,
  /** An average over fewer ratings is not shown, so that no single woman's rating can be read off. */
  minRatingsShown: 3,
} as const;
