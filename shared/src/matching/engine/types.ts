// The plain, JSON-serialisable data the matching engine works on. The server builds these from its
// entities; the generator builds them for benchmarks and the demo seed.
import type {
  Availability,
  BusinessStage,
  CountryCode,
  LanguageSkill,
  Modality,
  Need,
  Sector,
  SupportKind,
  Urgency,
} from '../../vocabulary/index.js';
import type { SupporterTrackRecord } from './reliability.js';

/** One entrepreneur's open request for one support kind: the needs that kind can serve. */
export interface DemandCandidate {
  id: string;
  entrepreneurId: string;
  /** Her user id: blocks and past matches are recorded between users. */
  entrepreneurUserId: string;
  kind: SupportKind;
  needs: readonly Need[];
  languages: readonly LanguageSkill[];
  countryOfResidence: CountryCode;
  city: string;
  sector: Sector | null;
  businessStage: BusinessStage;
  modality: Modality;
  availability: Availability;
  urgency: Urgency;
  /** ISO date-time the request was opened; shown to people, not used by the score. */
  waitingSince?: string;
  /** Whole days she has been waiting, computed by the caller from its own clock. */
  daysWaiting: number;
}

/** A mentor or adviser as the engine sees her. */
export interface SupporterCandidate {
  id: string;
  userId: string;
  supportKinds: readonly SupportKind[];
  needs: readonly Need[];
  languages: readonly LanguageSkill[];
  /** Countries whose law she advises on (required for LEGAL and FISCAL). */
  jurisdictions: readonly CountryCode[];
  sectors: readonly Sector[];
  /** Business stages she prefers; absent or empty means any stage. */
  businessStages?: readonly BusinessStage[];
  country: CountryCode;
  city: string;
  modalities: readonly Modality[];
  availability: Availability;
  capacity: number;
  /** Matches she is already accompanying (approved, accepted or active). */
  activeLoad: number;
  verified: boolean;
  /** False while she has paused taking new people. */
  active: boolean;
  /** Her record (reliability.ts); absent when unknown, and then she scores as a new supporter. */
  trackRecord?: SupporterTrackRecord | null;
}

/**
 * What happened between people before. Blocks and bad endings are symmetric: they keep two users apart
 * in either role, for every demand. A turn-down keeps one supporter away from one demand only.
 */
export interface PairHistory {
  blocks: readonly { userId: string; blockedUserId: string }[];
  badEndings: readonly { entrepreneurUserId: string; supporterUserId: string }[];
  /**
   * Supporters already put to a demand whose match did not go ahead (she declined it, a coordinator
   * rejected it, the invitation expired, or it was withdrawn): not proposed for that demand again.
   */
  turnedDown?: readonly { demandId: string; supporterUserId: string }[];
}

export const EMPTY_PAIR_HISTORY: PairHistory = Object.freeze({
  blocks: Object.freeze([]),
  badEndings: Object.freeze([]),
  turnedDown: Object.freeze([]),
});

/** Reason parameters stay primitive (or lists of codes) so any client can render them in any language. */
export type ReasonParams = Record<string, string | number | boolean | readonly string[]>;

export interface Reason {
  code: string;
  params: ReasonParams;
}
