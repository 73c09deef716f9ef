import type { CountryCode } from '@aliadas/shared';
import { NETWORK_COUNTRY_CODES } from '@aliadas/shared';
import { ArrayMaxSize, ArrayUnique, IsIn, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CountryEnum } from '../../graphql/enums.js';

@InputType({ description: 'Which part of the network the dashboard counts; every filter left out means all.' })
export class DashboardFilterInput {
  @Field(() => [CountryEnum], { nullable: true, description: 'Countries of residence of the women counted.' })
  @IsOptional()
  @ArrayMaxSize(NETWORK_COUNTRY_CODES.length)
  @ArrayUnique()
  @IsIn(NETWORK_COUNTRY_CODES as string[], { each: true })
  countries?: CountryCode[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only this organization’s supporters, for women living in the countries it serves.',
  })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;
}
