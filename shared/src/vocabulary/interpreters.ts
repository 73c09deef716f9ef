// Interpreters in a match's conversation: the states of an assignment and the language rule, shared so
// the coordinator's form offers only interpreters the server would accept.
import { USABLE_LANGUAGE_LEVELS, type LanguageCode, type LanguageSkill } from './codes.js';

/**
 * PROPOSED: waiting for both women's consent. ACTIVE: she is in the conversation. REFUSED: one of the
 * women said no. ENDED: the coordinator or either woman ended her part, or the match ended.
 */
export const INTERPRETER_ASSIGNMENT_STATUSES = ['PROPOSED', 'ACTIVE', 'REFUSED', 'ENDED'] as const;
export type InterpreterAssignmentStatus = (typeof INTERPRETER_ASSIGNMENT_STATUSES)[number];

/** Why an assignment ended. */
export const INTERPRETER_END_REASONS = [
  'BY_ENTREPRENEUR',
  'BY_SUPPORTER',
  'BY_COORDINATOR',
  'MATCH_ENDED',
  'ACCOUNT_DELETED',
] as const;
export type InterpreterEndReason = (typeof INTERPRETER_END_REASONS)[number];

export interface InterpreterBridge {
  /** The language she speaks with the entrepreneur. */
  entrepreneurLanguage: LanguageCode;
  /** The language she speaks with the supporter. */
  supporterLanguage: LanguageCode;
}

function usable(skills: readonly LanguageSkill[]): LanguageCode[] {
  return skills.filter((s) => USABLE_LANGUAGE_LEVELS.includes(s.level)).map((s) => s.language);
}

/**
 * The languages an interpreter would use with each woman: one she shares with the entrepreneur and one
 * she shares with the supporter, each at a usable level on both sides; null when she cannot bridge them.
 * Where the three share a language the same one serves both sides, listed first in the interpreter's order.
 */
export function interpreterBridge(
  interpreter: readonly LanguageSkill[],
  entrepreneur: readonly LanguageSkill[],
  supporter: readonly LanguageSkill[],
): InterpreterBridge | null {
  const hers = usable(interpreter);
  const withEntrepreneur = hers.filter((l) => usable(entrepreneur).includes(l));
  const withSupporter = hers.filter((l) => usable(supporter).includes(l));
  const entrepreneurLanguage = withEntrepreneur[0];
  const supporterLanguage = withSupporter[0];
  if (!entrepreneurLanguage || !supporterLanguage) return null;
  return { entrepreneurLanguage, supporterLanguage };
}
