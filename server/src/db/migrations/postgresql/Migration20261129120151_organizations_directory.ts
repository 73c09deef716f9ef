import { Migration } from '@mikro-orm/migrations';

export class Migration20261129120151_organizations_directory extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "organization_join_requests" ("id" uuid not null, "organization_id" uuid not null, "user_id" uuid not null, "role" varchar(20) not null, "message" varchar(500) null, "status" varchar(20) not null default 'PENDING', "pending_key" varchar(80) null, "decline_reason" varchar(40) null, "decided_by_id" uuid null, "decided_at" timestamptz null, "created_at" timestamptz not null, constraint "organization_join_requests_pkey" primary key ("id"));`);
    this.addSql(`create index "organization_join_requests_user_id_index" on "organization_join_requests" ("user_id");`);
    this.addSql(`alter table "organization_join_requests" add constraint "organization_join_requests_pending_key_unique" unique ("pending_key");`);
    this.addSql(`create index "organization_join_requests_organization_id_status_index" on "organization_join_requests" ("organization_id", "status");`);

    this.addSql(`alter table "organization_join_requests" add constraint "organization_join_requests_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "organization_join_requests" add constraint "organization_join_requests_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "organization_join_requests" add constraint "organization_join_requests_decided_by_id_foreign" foreign key ("decided_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "organizations" add column "needs" jsonb not null default '[]', add column "phone" varchar(30) null, add column "email" varchar(254) null, add column "address" varchar(300) null, add column "is_example" boolean not null default false, add column "country_tags" varchar(200) not null default '', add column "language_tags" varchar(200) not null default '', add column "offer_tags" varchar(600) not null default '', add column "search_text" text not null default '', add column "updated_at" timestamptz null;`);
    this.addSql(`alter table "organizations" add column "website" varchar(300) null;`);
    // Contact was one free-text line; the directory keeps phone, email, address and website apart.
    this.addSql(`alter table "organizations" drop column "contact";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "organization_join_requests" cascade;`);

    this.addSql(`alter table "organizations" drop column "needs", drop column "phone", drop column "email", drop column "address", drop column "is_example", drop column "country_tags", drop column "language_tags", drop column "offer_tags", drop column "search_text", drop column "updated_at";`);

    this.addSql(`alter table "organizations" drop column "website";`);
    this.addSql(`alter table "organizations" add column "contact" varchar(300) null;`);
  }

}
