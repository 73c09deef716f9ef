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
  MaxLength,
} from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { RoleEnum } from '../../graphql/enums.js';
import { IsEmailAddress, IsPlainText } from '../../graphql/validators.js';
import { User } from './user.entity.js';

@InputType()
export class RegisterInput {
  @Field(() => String)
  @MaxLength(254)
  @IsEmailAddress({ message: 'email must be an email address' })
  email!: string;

  @Field(() => String, { description: '10 to 128 characters.' })
  @Length(10, 128, { message: 'password must be 10 to 128 characters long' })
  password!: string;

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
  @Field(() => String)
  @IsString()
  @MaxLength(254)
  // A control character is no one's email; a NUL would otherwise reach the database.
  @IsPlainText()
  email!: string;

  @Field(() => String)
  @IsString()
  @MaxLength(128)
  password!: string;
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
