// GraphQL enums of the matching feature, built from the codes in match-lifecycle.ts.
import { registerEnumType } from 'type-graphql';
import {
  DEMAND_STATUSES,
  MATCH_ACTORS,
  MATCH_ORIGINS,
  MATCH_OUTCOMES,
  MATCH_REASON_CODES,
  MATCH_STATUSES,
  SUPPORT_REQUEST_STATUSES,
} from './match-lifecycle.js';

function enumOf<T extends string>(codes: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(codes.map((c) => [c, c])) as { [K in T]: K };
}

export const MatchStatusEnum = enumOf(MATCH_STATUSES);
export const MatchActorEnum = enumOf(MATCH_ACTORS);
export const MatchReasonCodeEnum = enumOf(MATCH_REASON_CODES);
export const MatchOutcomeEnum = enumOf(MATCH_OUTCOMES);
export const MatchOriginEnum = enumOf(MATCH_ORIGINS);
export const DemandStatusEnum = enumOf(DEMAND_STATUSES);
export const SupportRequestStatusEnum = enumOf(SUPPORT_REQUEST_STATUSES);

registerEnumType(MatchStatusEnum, {
  name: 'MatchStatus',
  description: 'PROPOSED → (coordinator) APPROVED → (supporter) ACCEPTED → ACTIVE → COMPLETED | WITHDRAWN.',
});
registerEnumType(MatchActorEnum, { name: 'MatchActor', description: 'In what capacity someone moved a match.' });
registerEnumType(MatchReasonCodeEnum, {
  name: 'MatchReasonCode',
  description: 'Why a match was rejected, declined or withdrawn. SAFETY_CONCERN and MISCONDUCT keep the pair apart.',
});
registerEnumType(MatchOutcomeEnum, {
  name: 'MatchOutcome',
  description: 'How a completed match went. CONDUCT_PROBLEM keeps the pair apart.',
});
registerEnumType(MatchOriginEnum, { name: 'MatchOrigin' });
registerEnumType(DemandStatusEnum, { name: 'DemandStatus' });
registerEnumType(SupportRequestStatusEnum, { name: 'SupportRequestStatus' });
