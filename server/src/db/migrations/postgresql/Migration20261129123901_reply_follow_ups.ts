import { Migration } from '@mikro-orm/migrations';

export class Migration20261129123901_reply_follow_ups extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "reply_follow_ups" ("id" uuid not null, "match_id" uuid not null, "supporter_id" uuid not null, "entrepreneur_id" uuid not null, "conversation_id" varchar(64) not null, "awaiting_seq" int not null, "awaiting_since" timestamptz not null, "reminded_at" timestamptz null, "alerted_at" timestamptz null, "resolved_at" timestamptz null, "created_at" timestamptz not null, constraint "reply_follow_ups_pkey" primary key ("id"));`);
    this.addSql(`create index "reply_follow_ups_resolved_at_supporter_id_index" on "reply_follow_ups" ("resolved_at", "supporter_id");`);
    this.addSql(`alter table "reply_follow_ups" add constraint "reply_follow_ups_match_id_awaiting_seq_unique" unique ("match_id", "awaiting_seq");`);

    this.addSql(`alter table "reply_follow_ups" add constraint "reply_follow_ups_match_id_foreign" foreign key ("match_id") references "matches" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "reply_follow_ups" add constraint "reply_follow_ups_supporter_id_foreign" foreign key ("supporter_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "reply_follow_ups" add constraint "reply_follow_ups_entrepreneur_id_foreign" foreign key ("entrepreneur_id") references "users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "reply_follow_ups" cascade;`);
  }

}
