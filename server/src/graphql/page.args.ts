import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

/** Offset paging with bounded sizes, for lists that staff browse. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(200)
  limit = 50;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(100_000)
  offset = 0;
}
