// GraphQL shapes of the small structured values stored inside profiles.
import type { AvailabilitySlot, LanguageCode, LanguageLevel, Weekday } from '@aliadas/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { LanguageLevelEnum } from '../../graphql/enums.js';

@ObjectType()
export class LanguageSkillType {
  @Field(() => String, { description: 'BCP-47 code from the vocabulary, e.g. es, ht, quc.' })
  language!: LanguageCode;

  @Field(() => LanguageLevelEnum)
  level!: LanguageLevel;
}

@ObjectType()
export class AvailabilitySlotType implements AvailabilitySlot {
  @Field(() => Int, { description: 'ISO weekday, 1 = Monday.' })
  day!: Weekday;

  @Field(() => Int, { description: 'Minutes from midnight, in the profile time zone.' })
  startMinute!: number;

  @Field(() => Int)
  endMinute!: number;
}

@ObjectType()
export class AvailabilityType {
  @Field(() => String)
  timeZone!: string;

  @Field(() => [AvailabilitySlotType])
  slots!: AvailabilitySlotType[];
}
