import { Migration } from '@mikro-orm/migrations';

export class Migration20261129120346_feedback extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "match_feedback" ("id" uuid not null, "match_id" uuid not null, "author_id" uuid not null, "about_id" uuid not null, "side" varchar(12) not null, "rating" int not null, "outcome" varchar(20) not null, "comment" varchar(2000) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "match_feedback_pkey" primary key ("id"));`);
    this.addSql(`create index "match_feedback_about_id_side_index" on "match_feedback" ("about_id", "side");`);
    this.addSql(`alter table "match_feedback" add constraint "match_feedback_match_id_side_unique" unique ("match_id", "side");`);

    this.addSql(`alter table "match_feedback" add constraint "match_feedback_match_id_foreign" foreign key ("match_id") references "matches" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "match_feedback" add constraint "match_feedback_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "match_feedback" add constraint "match_feedback_about_id_foreign" foreign key ("about_id") references "users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "match_feedback" cascade;`);
  }
}
