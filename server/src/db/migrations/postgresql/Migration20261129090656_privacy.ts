import { Migration } from '@mikro-orm/migrations';

export class Migration20261129090656_privacy extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "case_notes" ("id" uuid not null, "match_id" uuid not null, "author_id" uuid not null, "body" text not null, "created_at" timestamptz not null, constraint "case_notes_pkey" primary key ("id"));`);
    this.addSql(`create index "case_notes_match_id_created_at_index" on "case_notes" ("match_id", "created_at");`);

    this.addSql(`alter table "case_notes" add constraint "case_notes_match_id_foreign" foreign key ("match_id") references "matches" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "case_notes" add constraint "case_notes_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "users" add column "phone" varchar(16) null, add column "share_contact_details" boolean not null default false, add column "deleted_at" timestamptz null;`);

    this.addSql(`alter table "messages" add column "redacted_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "case_notes" cascade;`);

    this.addSql(`alter table "messages" drop column "redacted_at";`);

    this.addSql(`alter table "users" drop column "phone", drop column "share_contact_details", drop column "deleted_at";`);
  }

}
