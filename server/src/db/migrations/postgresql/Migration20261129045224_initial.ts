import { Migration } from '@mikro-orm/migrations';

export class Migration20261129045224_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "organizations" ("id" uuid not null, "name" varchar(120) not null, "description" text not null, "countries" jsonb not null, "languages" jsonb not null, "services" jsonb not null, "contact" varchar(300) null, "women_led" boolean not null default true, "created_at" timestamptz not null, constraint "organizations_pkey" primary key ("id"));`);
    this.addSql(`alter table "organizations" add constraint "organizations_name_unique" unique ("name");`);

    this.addSql(`create table "users" ("id" uuid not null, "email" varchar(254) null, "display_name" varchar(80) not null, "password_hash" varchar(200) not null, "locale" varchar(5) not null default 'es', "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "users_pkey" primary key ("id"));`);
    this.addSql(`alter table "users" add constraint "users_email_unique" unique ("email");`);

    this.addSql(`create table "supporter_profiles" ("id" uuid not null, "user_id" uuid not null, "support_kinds" jsonb not null, "needs" jsonb not null, "languages" jsonb not null, "jurisdictions" jsonb not null, "sectors" jsonb not null, "business_stages" jsonb not null, "capacity" int not null, "availability" jsonb not null, "modalities" jsonb not null, "country" varchar(2) not null, "city" varchar(100) not null, "bio" text null, "verified" boolean not null default false, "verified_by_id" uuid null, "verified_at" timestamptz null, "active" boolean not null default true, "organization_id" uuid null, "updated_at" timestamptz not null, constraint "supporter_profiles_pkey" primary key ("id"));`);
    this.addSql(`alter table "supporter_profiles" add constraint "supporter_profiles_user_id_unique" unique ("user_id");`);

    this.addSql(`create table "sessions" ("id" uuid not null, "user_id" uuid not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "sessions_pkey" primary key ("id"));`);
    this.addSql(`alter table "sessions" add constraint "sessions_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "sessions_expires_at_index" on "sessions" ("expires_at");`);

    this.addSql(`create table "organization_memberships" ("id" uuid not null, "organization_id" uuid not null, "user_id" uuid not null, "role" varchar(20) not null, "joined_at" timestamptz not null, constraint "organization_memberships_pkey" primary key ("id"));`);
    this.addSql(`alter table "organization_memberships" add constraint "organization_memberships_organization_id_user_id_unique" unique ("organization_id", "user_id");`);

    this.addSql(`create table "entrepreneur_profiles" ("id" uuid not null, "user_id" uuid not null, "country_of_residence" varchar(2) not null, "country_of_origin" varchar(2) null, "city" varchar(100) not null, "languages" jsonb not null, "sector" varchar(40) null, "business_stage" varchar(20) not null, "business_description" text null, "modalities" jsonb not null, "availability" jsonb not null, "updated_at" timestamptz not null, constraint "entrepreneur_profiles_pkey" primary key ("id"));`);
    this.addSql(`alter table "entrepreneur_profiles" add constraint "entrepreneur_profiles_user_id_unique" unique ("user_id");`);

    this.addSql(`create table "audit_entries" ("id" uuid not null, "actor_id" uuid null, "action" varchar(80) not null, "subject_type" varchar(40) not null, "subject_id" varchar(64) null, "details" jsonb not null, "request_id" varchar(64) null, "created_at" timestamptz not null, constraint "audit_entries_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entries_action_index" on "audit_entries" ("action");`);
    this.addSql(`create index "audit_entries_created_at_index" on "audit_entries" ("created_at");`);
    this.addSql(`create index "audit_entries_subject_type_subject_id_index" on "audit_entries" ("subject_type", "subject_id");`);

    this.addSql(`create table "user_roles" ("id" uuid not null, "user_id" uuid not null, "role" varchar(20) not null, "granted_by_id" uuid null, "granted_at" timestamptz not null, constraint "user_roles_pkey" primary key ("id"));`);
    this.addSql(`alter table "user_roles" add constraint "user_roles_user_id_role_unique" unique ("user_id", "role");`);

    this.addSql(`alter table "supporter_profiles" add constraint "supporter_profiles_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "supporter_profiles" add constraint "supporter_profiles_verified_by_id_foreign" foreign key ("verified_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "supporter_profiles" add constraint "supporter_profiles_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "sessions" add constraint "sessions_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "organization_memberships" add constraint "organization_memberships_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "organization_memberships" add constraint "organization_memberships_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "entrepreneur_profiles" add constraint "entrepreneur_profiles_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "audit_entries" add constraint "audit_entries_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "user_roles" add constraint "user_roles_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "user_roles" add constraint "user_roles_granted_by_id_foreign" foreign key ("granted_by_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "supporter_profiles" drop constraint "supporter_profiles_organization_id_foreign";`);

    this.addSql(`alter table "organization_memberships" drop constraint "organization_memberships_organization_id_foreign";`);

    this.addSql(`alter table "supporter_profiles" drop constraint "supporter_profiles_user_id_foreign";`);

    this.addSql(`alter table "supporter_profiles" drop constraint "supporter_profiles_verified_by_id_foreign";`);

    this.addSql(`alter table "sessions" drop constraint "sessions_user_id_foreign";`);

    this.addSql(`alter table "organization_memberships" drop constraint "organization_memberships_user_id_foreign";`);

    this.addSql(`alter table "entrepreneur_profiles" drop constraint "entrepreneur_profiles_user_id_foreign";`);

    this.addSql(`alter table "audit_entries" drop constraint "audit_entries_actor_id_foreign";`);

    this.addSql(`alter table "user_roles" drop constraint "user_roles_user_id_foreign";`);

    this.addSql(`alter table "user_roles" drop constraint "user_roles_granted_by_id_foreign";`);

    this.addSql(`drop table if exists "organizations" cascade;`);

    this.addSql(`drop table if exists "users" cascade;`);

    this.addSql(`drop table if exists "supporter_profiles" cascade;`);

    this.addSql(`drop table if exists "sessions" cascade;`);

    this.addSql(`drop table if exists "organization_memberships" cascade;`);

    this.addSql(`drop table if exists "entrepreneur_profiles" cascade;`);

    this.addSql(`drop table if exists "audit_entries" cascade;`);

    this.addSql(`drop table if exists "user_roles" cascade;`);
  }

}
