import { Migration } from '@mikro-orm/migrations';

export class Migration20261129051519_chat extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "conversations" ("id" uuid not null, "kind" varchar(10) not null, "match_id" varchar(64) null, "last_seq" int not null default 0, "last_activity_at" timestamptz not null, "created_at" timestamptz not null, "closed_at" timestamptz null, constraint "conversations_pkey" primary key ("id"));`);
    this.addSql(`alter table "conversations" add constraint "conversations_match_id_unique" unique ("match_id");`);
    this.addSql(`create index "conversations_last_activity_at_index" on "conversations" ("last_activity_at");`);

    this.addSql(`create table "messages" ("id" uuid not null, "conversation_id" uuid not null, "seq" int not null, "sender_id" uuid not null, "client_message_id" varchar(64) not null, "body" text not null, "created_at" timestamptz not null, constraint "messages_pkey" primary key ("id"));`);
    this.addSql(`alter table "messages" add constraint "messages_sender_id_client_message_id_unique" unique ("sender_id", "client_message_id");`);
    this.addSql(`alter table "messages" add constraint "messages_conversation_id_seq_unique" unique ("conversation_id", "seq");`);

    this.addSql(`create table "reports" ("id" uuid not null, "reporter_id" uuid not null, "reported_user_id" uuid not null, "message_id" uuid null, "conversation_id" uuid null, "reason" varchar(30) not null, "details" text null, "snapshot" jsonb not null, "status" varchar(10) not null default 'OPEN', "created_at" timestamptz not null, "handled_by_id" uuid null, "handled_at" timestamptz null, "resolution" text null, constraint "reports_pkey" primary key ("id"));`);
    this.addSql(`create index "reports_status_created_at_index" on "reports" ("status", "created_at");`);

    this.addSql(`create table "conversation_members" ("id" uuid not null, "conversation_id" uuid not null, "user_id" uuid not null, "last_read_seq" int not null default 0, "joined_at" timestamptz not null, constraint "conversation_members_pkey" primary key ("id"));`);
    this.addSql(`create index "conversation_members_user_id_conversation_id_index" on "conversation_members" ("user_id", "conversation_id");`);
    this.addSql(`alter table "conversation_members" add constraint "conversation_members_conversation_id_user_id_unique" unique ("conversation_id", "user_id");`);

    this.addSql(`create table "blocks" ("id" uuid not null, "user_id" uuid not null, "blocked_user_id" uuid not null, "created_at" timestamptz not null, constraint "blocks_pkey" primary key ("id"));`);
    this.addSql(`create index "blocks_blocked_user_id_user_id_index" on "blocks" ("blocked_user_id", "user_id");`);
    this.addSql(`alter table "blocks" add constraint "blocks_user_id_blocked_user_id_unique" unique ("user_id", "blocked_user_id");`);

    this.addSql(`alter table "messages" add constraint "messages_conversation_id_foreign" foreign key ("conversation_id") references "conversations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "messages" add constraint "messages_sender_id_foreign" foreign key ("sender_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "reports" add constraint "reports_reporter_id_foreign" foreign key ("reporter_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "reports" add constraint "reports_reported_user_id_foreign" foreign key ("reported_user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "reports" add constraint "reports_message_id_foreign" foreign key ("message_id") references "messages" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "reports" add constraint "reports_conversation_id_foreign" foreign key ("conversation_id") references "conversations" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "reports" add constraint "reports_handled_by_id_foreign" foreign key ("handled_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "conversation_members" add constraint "conversation_members_conversation_id_foreign" foreign key ("conversation_id") references "conversations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "conversation_members" add constraint "conversation_members_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "blocks" add constraint "blocks_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "blocks" add constraint "blocks_blocked_user_id_foreign" foreign key ("blocked_user_id") references "users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "messages" drop constraint "messages_conversation_id_foreign";`);

    this.addSql(`alter table "reports" drop constraint "reports_conversation_id_foreign";`);

    this.addSql(`alter table "conversation_members" drop constraint "conversation_members_conversation_id_foreign";`);

    this.addSql(`alter table "reports" drop constraint "reports_message_id_foreign";`);

    this.addSql(`drop table if exists "conversations" cascade;`);

    this.addSql(`drop table if exists "messages" cascade;`);

    this.addSql(`drop table if exists "reports" cascade;`);

    this.addSql(`drop table if exists "conversation_members" cascade;`);

    this.addSql(`drop table if exists "blocks" cascade;`);
  }

}
