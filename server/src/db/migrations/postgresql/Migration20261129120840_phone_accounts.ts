import { Migration } from '@mikro-orm/migrations';

export class Migration20261129120840_phone_accounts extends Migration {

  override async up(): Promise<void> {

    this.addSql(`create table "assisted_consents" ("id" uuid not null, "entrepreneur_id" uuid not null, "coordinator_id" uuid null, "action" varchar(20) not null, "scopes" jsonb not null, "channel" varchar(10) not null, "recorded_at" timestamptz not null, constraint "assisted_consents_pkey" primary key ("id"));`);
    this.addSql(`create index "assisted_consents_entrepreneur_id_index" on "assisted_consents" ("entrepreneur_id");`);

    this.addSql(`create table "account_setup_codes" ("id" uuid not null, "user_id" uuid not null, "code_hash" varchar(200) not null, "purpose" varchar(20) not null, "issued_by_id" uuid null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "account_setup_codes_pkey" primary key ("id"));`);
    this.addSql(`create index "account_setup_codes_user_id_index" on "account_setup_codes" ("user_id");`);

    this.addSql(`alter table "assisted_consents" add constraint "assisted_consents_entrepreneur_id_foreign" foreign key ("entrepreneur_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "assisted_consents" add constraint "assisted_consents_coordinator_id_foreign" foreign key ("coordinator_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "account_setup_codes" add constraint "account_setup_codes_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "account_setup_codes" add constraint "account_setup_codes_issued_by_id_foreign" foreign key ("issued_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "users" add column "login_phone" varchar(16) null, add column "secret_kind" varchar(10) not null default 'PASSWORD';`);
    this.addSql(`alter table "users" add constraint "users_login_phone_unique" unique ("login_phone");`);

  }

  override async down(): Promise<void> {

    this.addSql(`drop table if exists "assisted_consents" cascade;`);

    this.addSql(`drop table if exists "account_setup_codes" cascade;`);

    this.addSql(`alter table "users" drop constraint "users_login_phone_unique";`);
    this.addSql(`alter table "users" drop column "login_phone", drop column "secret_kind";`);
  }

}
