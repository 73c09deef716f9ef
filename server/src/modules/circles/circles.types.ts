// GraphQL shapes of circles: a circle as a person browsing or belonging to it sees it.
import type { CountryCode, Sector } from '@aliadas/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CountryEnum, SectorEnum } from '../../graphql/enums.js';

@ObjectType({ description: 'The moderator, by display name only, like every member of a circle.' })
export class CircleModerator {
  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  displayName!: string;
}

@ObjectType('Circle', { description: 'A peer circle: a group conversation around a language, a country or a sector.' })
export class CircleView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String, { nullable: true })
  language!: string | null;

  @Field(() => CountryEnum, { nullable: true })
  country!: CountryCode | null;

  @Field(() => SectorEnum, { nullable: true })
  sector!: Sector | null;

  @Field(() => Int, { nullable: true })
  memberCap!: number | null;

  @Field(() => Int)
  memberCount!: number;

  @Field(() => CircleModerator, { nullable: true })
  moderator!: CircleModerator | null;

  @Field(() => Boolean, { description: 'She is a member.' })
  joined!: boolean;

  @Field(() => Boolean, { description: 'She keeps this circle.' })
  moderating!: boolean;

  @Field(() => Boolean, { description: 'Full: nobody else can join until someone leaves.' })
  full!: boolean;

  @Field(() => ID, { nullable: true, description: 'Its conversation, for members only.' })
  conversationId!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  archivedAt!: Date | null;
}
