import type { SupportKind } from '@aliadas/shared';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { SupportKindEnum } from '../../graphql/enums.js';

@ObjectType({ description: 'A new match offered to her because her supporter has not answered for days.' })
export class RematchOffer {
  @Field(() => ID, { description: 'The silent match, which her one tap ends.' })
  matchId!: string;

  @Field(() => ID)
  conversationId!: string;

  @Field(() => SupportKindEnum)
  kind!: SupportKind;

  @Field(() => String)
  supporterName!: string;

  @Field(() => Date, { description: 'When she wrote the first message still unanswered.' })
  waitingSince!: Date;
}

@ObjectType({ description: 'How one supporter answers the women she accompanies, for coordinators.' })
export class SupporterActivity {
  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => [SupportKindEnum])
  kinds!: SupportKind[];

  @Field(() => Boolean, { description: 'False while she has paused taking new people.' })
  takingPeople!: boolean;

  @Field(() => Int)
  activeMatches!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Median hours from a woman’s first unanswered message to her answer, over the last 90 days.',
  })
  medianResponseHours!: number | null;

  @Field(() => Int, { description: 'How many waits that median is over.' })
  answeredInWindow!: number;

  @Field(() => Int, { description: 'Active matches where a woman has waited past the reminder time.' })
  waitingNow!: number;

  @Field(() => Date, { nullable: true, description: 'When she last wrote in any conversation.' })
  lastMessageAt!: Date | null;
}
