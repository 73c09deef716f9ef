// GraphQL enums built from the shared vocabulary, so codes are defined once.
import {
  BUSINESS_STAGES,
  COUNTRY_CODES,
  LANGUAGE_LEVELS,
  MODALITIES,
  NEED_CODES,
  ROLES,
  SECTORS,
  SUPPORT_KINDS,
  URGENCIES,
} from '@aliadas/shared';
import { registerEnumType } from 'type-graphql';

function enumOf<T extends string>(codes: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(codes.map((c) => [c, c])) as { [K in T]: K };
}

export const RoleEnum = enumOf(ROLES);
export const SupportKindEnum = enumOf(SUPPORT_KINDS);
export const NeedEnum = enumOf(NEED_CODES);
export const LanguageLevelEnum = enumOf(LANGUAGE_LEVELS);
export const CountryEnum = enumOf(COUNTRY_CODES);
export const SectorEnum = enumOf(SECTORS);
export const BusinessStageEnum = enumOf(BUSINESS_STAGES);
export const ModalityEnum = enumOf(MODALITIES);
export const UrgencyEnum = enumOf(URGENCIES);

registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a person does in Aliadas; one person can hold several.',
});
registerEnumType(SupportKindEnum, { name: 'SupportKind' });
registerEnumType(NeedEnum, { name: 'Need' });
registerEnumType(LanguageLevelEnum, { name: 'LanguageLevel' });
registerEnumType(CountryEnum, { name: 'Country', description: 'ISO 3166-1 alpha-2' });
registerEnumType(SectorEnum, { name: 'Sector' });
registerEnumType(BusinessStageEnum, { name: 'BusinessStage' });
registerEnumType(ModalityEnum, { name: 'Modality' });
registerEnumType(UrgencyEnum, { name: 'Urgency' });
