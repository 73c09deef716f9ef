// How reliable a supporter has been: entrepreneurs' ratings of her and whether she saw her matches
// through, each a Bayesian average pulled toward the network's mean, so that someone new (or with one
// rating) is neither held back nor pushed forward until her own record speaks.

/** What the server counts of one supporter's past; plain numbers, no person behind them. */
export interface SupporterHistory {
  /** Entrepreneurs' ratings of her (1 to 5): their sum and how many. */
  ratingSum: number;
  ratingCount: number;
  /** Matches she saw through to COMPLETED. */
  completed: number;
  /**
   * Matches she let drop: invitations left to expire unanswered, matches she left after accepting, and
   * matches that ended for her conduct. A clear "no" to an invitation is not counted: declining is what
   * a supporter without time should do, and counting it would teach silence instead.
   */
  dropped: number;
}

/** What the score reads: the figure, and the plain facts a person may be told about it. */
export interface SupporterTrackRecord {
  /** In [0, 1]. */
  reliability: number;
  /** Matches she saw through to the end (shown in the reason; no rating ever is). */
  completed: number;
  /** Ratings and endings behind the figure; 0 for someone new, whose figure is the network's mean. */
  evidence: number;
}

/** Where the averages start, and how many ratings or endings they are worth. */
export interface ReliabilityPrior {
  /** Mean rating in [0, 1] ((rating − 1) / 4). */
  rating: number;
  /** Share of matches seen through, in [0, 1]. */
  followThrough: number;
  /** How many observations the prior counts as: a supporter's own record outweighs it after a few. */
  weight: number;
}

/** Before the network has a record of its own: most ratings are good, most matches are seen through. */
export const DEFAULT_RELIABILITY_PRIOR: Readonly<ReliabilityPrior> = Object.freeze({
  rating: 0.75,
  followThrough: 0.8,
  weight: 3,
});

const clamp01 = (x: number): number => (x <= 0 ? 0 : x >= 1 ? 1 : x);

/** Sum of (rating − 1) / 4 over her ratings. */
function ratingPoints(h: SupporterHistory): number {
  return (h.ratingSum - h.ratingCount) / 4;
}

/**
 * The network's own means, themselves pulled toward the default while the network is young, so that a
 * new supporter starts exactly where the typical supporter stands.
 */
export function networkPrior(
  histories: Iterable<SupporterHistory>,
  base: Readonly<ReliabilityPrior> = DEFAULT_RELIABILITY_PRIOR,
): ReliabilityPrior {
  let points = 0;
  let ratings = 0;
  let completed = 0;
  let ended = 0;
  for (const h of histories) {
    points += ratingPoints(h);
    ratings += h.ratingCount;
    completed += h.completed;
    ended += h.completed + h.dropped;
  }
  return {
    rating: clamp01((base.weight * base.rating + points) / (base.weight + ratings)),
    followThrough: clamp01((base.weight * base.followThrough + completed) / (base.weight + ended)),
    weight: base.weight,
  };
}

/** Her figure: the mean of her smoothed rating and her smoothed follow-through. */
export function trackRecordOf(
  history: SupporterHistory,
  prior: Readonly<ReliabilityPrior> = DEFAULT_RELIABILITY_PRIOR,
): SupporterTrackRecord {
  const ratingCount = Math.max(0, history.ratingCount);
  const completed = Math.max(0, history.completed);
  const dropped = Math.max(0, history.dropped);
  const rating =
    (prior.weight * prior.rating + ratingPoints({ ...history, ratingCount })) / (prior.weight + ratingCount);
  const followThrough = (prior.weight * prior.followThrough + completed) / (prior.weight + completed + dropped);
  return {
    reliability: clamp01((clamp01(rating) + clamp01(followThrough)) / 2),
    completed,
    evidence: ratingCount + completed + dropped,
  };
}

/** The figure of a supporter the engine knows nothing about (computed, so it equals a newcomer's to the bit). */
export const DEFAULT_RELIABILITY = trackRecordOf({
  ratingSum: 0,
  ratingCount: 0,
  completed: 0,
  dropped: 0,
}).reliability;
