import type { Locale, Role } from '@aliadas/shared';
import { LOCALES } from '@aliadas/shared';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { RoleEnum } from '../../graphql/enums.js';
import { IsEmailAddress, IsPlainText } from '../../graphql/validators.js';
import { User } from './user.entity.js';

const PHONE_FORMAT = 'phone must have its country code, for example +50588887777';

@InputType()
export class RegisterInput {
  @Field(() => String, {
    nullable: true,
    description: 'The phone number she logs in with, with its country code (+50588887777). Shown to no one else.',
  })
  @IsOptional()
  @IsString()
  @Length(8, 24, { message: PHONE_FORMAT })
  @Matches(/^\s*\+[\d\s().-]+$/, { message: PHONE_FORMAT })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Optional when she gives a phone number.' })
  @IsOptional()
  @MaxLength(254)
  @IsEmailAddress({ message: 'email must be an email address' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: '10 to 128 characters; or a PIN instead.' })
  @IsOptional()
  @Length(10, 128, { message: 'password must be 10 to 128 characters long' })
  password?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Six digits, not an easy one such as 123456; or a password instead.',
  })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'pin must be 6 digits' })
  pin?: string | null;

  @Field(() => String)
  @Length(1, 80)
  @IsPlainText()
  displayName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;

  @Field(() => [RoleEnum], { description: 'ENTREPRENEUR, MENTOR or ADVISER; other roles are given by coordinators.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ArrayUnique()
  roles!: Role[];
}

@InputType()
export class LogInInput {
  @Field(() => String, {
    nullable: true,
    description: 'The phone number she logs in with, with its country code (+50588887777). Shown to no one else.',
  })
  @IsOptional()
  @IsString()
  @Length(8, 24, { message: PHONE_FORMAT })
  @Matches(/^\s*\+[\d\s().-]+$/, { message: PHONE_FORMAT })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Or her login phone.' })
  @IsOptional()
  @MaxLength(254)
  // A control character is no one's email; a NUL would otherwise reach the database.
  @IsPlainText()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  password?: string | null;

  @Field(() => String, { nullable: true, description: 'Her 6-digit PIN, when she chose one instead of a password.' })
  @IsOptional()
  @IsString()
  @MaxLength(6)
  pin?: string | null;
}

@InputType({ description: 'Her first log-in with the one-time code a coordinator gave her: she sets her own secret.' })
export class SetUpAccountInput {
  @Field(() => String, {
    nullable: true,
    description: 'The phone number she logs in with, with its country code (+50588887777). Shown to no one else.',
  })
  @IsOptional()
  @IsString()
  @Length(8, 24, { message: PHONE_FORMAT })
  @Matches(/^\s*\+[\d\s().-]+$/, { message: PHONE_FORMAT })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Or her login phone.' })
  @IsOptional()
  @MaxLength(254)
  // A control character is no one's email; a NUL would otherwise reach the database.
  @IsPlainText()
  email?: string | null;

  @Field(() => String, { description: 'The 8-digit code, spaces allowed.' })
  @IsString()
  @MaxLength(16)
  setupCode!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(10, 128, { message: 'password must be 10 to 128 characters long' })
  password?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'pin must be 6 digits' })
  pin?: string | null;
}

@InputType()
export class UpdateMeInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 80)
  @IsPlainText()
  displayName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}

@ObjectType({
  description: 'A new session. Browsers also get it as an HttpOnly cookie; other clients send the token as a Bearer.',
})
export class AuthPayload {
  @Field(() => User)
  user!: User;

  @Field(() => String)
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;
}
