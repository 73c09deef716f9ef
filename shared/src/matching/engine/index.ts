// The pure matching engine: hard constraints, explainable scores, recommendations and rounds.
export * from './types.js';
export * from './constraints.js';
export * from './score.js';
export {
  AVAILABILITY_WORDS,
  BLOCK_MINUTES,
  availabilityMask,
  overlapMinutes,
  utcOffsetMinutes,
} from './availability.js';
export { SupporterIndex, toSupporterIndex, weightVector, type DemandFeatures } from './supporter-index.js';
export * from './recommend.js';
export * from './round.js';
export * from './generator.js';
