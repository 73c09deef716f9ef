import type { ConsentChannel, ConsentScope, Locale } from '@aliadas/shared';
import { CONSENT_CHANNELS, CONSENT_SCOPES, LOCALES } from '@aliadas/shared';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { IsEmailAddress, IsPlainText } from '../../graphql/validators.js';
import { User } from '../accounts/user.entity.js';
import { EntrepreneurProfileInput } from '../profiles/profile.inputs.js';

const PHONE_FORMAT = 'phone must have its country code, for example +50588887777';

@InputType({ description: 'What she agreed to, and how she said it, when a coordinator acts for her.' })
export class ConsentInput {
  @Field(() => [String], { description: 'CREATE_ACCOUNT, STORE_PROFILE, BE_MATCHED, UPDATE_PROFILE, RESET_ACCESS.' })
  // None at all is answered by the service, naming what is missing.
  @ArrayMaxSize(CONSENT_SCOPES.length)
  @ArrayUnique()
  @IsIn(CONSENT_SCOPES, { each: true })
  scopes!: ConsentScope[];

  @Field(() => String, { description: 'CALL or VISIT.' })
  @IsIn(CONSENT_CHANNELS)
  channel!: ConsentChannel;
}

@InputType({ description: 'An entrepreneur account opened by a coordinator during a call or a visit.' })
export class AssistedSignUpInput {
  @Field(() => String)
  @Length(1, 80)
  @IsPlainText()
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'The phone she will log in with. Staff cannot read it back.' })
  @IsOptional()
  @IsString()
  @Length(8, 24, { message: PHONE_FORMAT })
  @Matches(/^\s*\+[\d\s().-]+$/, { message: PHONE_FORMAT })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(254)
  @IsEmailAddress({ message: 'email must be an email address' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale | null;

  @Field(() => ConsentInput)
  @ValidateNested()
  consent!: ConsentInput;

  @Field(() => EntrepreneurProfileInput, { nullable: true, description: 'Her profile, if she gave it now.' })
  @IsOptional()
  @ValidateNested()
  profile?: EntrepreneurProfileInput | null;
}

@InputType()
export class AssistedProfileUpdateInput {
  @Field(() => ConsentInput)
  @ValidateNested()
  consent!: ConsentInput;

  @Field(() => EntrepreneurProfileInput)
  @ValidateNested()
  profile!: EntrepreneurProfileInput;
}

@InputType({ description: 'She lost her phone: her old secret and sessions stop working and she gets a new code.' })
export class ResetAccountAccessInput {
  @Field(() => ConsentInput)
  @ValidateNested()
  consent!: ConsentInput;

  @Field(() => String, { nullable: true, description: 'Her new login phone, if the number changed too.' })
  @IsOptional()
  @IsString()
  @Length(8, 24, { message: PHONE_FORMAT })
  @Matches(/^\s*\+[\d\s().-]+$/, { message: PHONE_FORMAT })
  newPhone?: string | null;
}

@ObjectType({ description: 'The one-time code to give her, shown this once only.' })
export class SetupCodeResult {
  @Field(() => User)
  user!: User;

  @Field(() => String, { description: '8 digits, to read to her; it is never shown again.' })
  setupCode!: string;

  @Field(() => Date)
  expiresAt!: Date;
}
