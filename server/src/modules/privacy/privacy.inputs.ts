import { IsBoolean, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { CASE_NOTE_MAX_LENGTH } from './privacy.service.js';

@InputType()
export class ContactDetailsInput {
  @Field(() => String, {
    nullable: true,
    description: 'E.164 with the country code, e.g. +50688887777; empty or null removes it; left out keeps it.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  phone?: string | null;

  @Field(() => Boolean, { description: 'Whether the other person of an active match may see her email and phone.' })
  @IsBoolean()
  shareContactDetails!: boolean;
}

@InputType()
export class CaseNoteInput {
  @Field(() => String)
  @IsString()
  @Length(1, CASE_NOTE_MAX_LENGTH * 4)
  body!: string;
}

@ObjectType({ description: 'How to reach someone outside Aliadas, when she chose to share it.' })
export class ContactDetails {
  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;
}
