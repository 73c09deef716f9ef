import { Migration } from '@mikro-orm/migrations';

export class Migration20261129120145_notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "notifications" ("id" uuid not null, "recipient_id" uuid not null, "kind" varchar(60) not null, "params" jsonb not null, "link" varchar(200) null, "created_at" timestamptz not null, "read_at" timestamptz null, constraint "notifications_pkey" primary key ("id"));`);
    this.addSql(`create index "notifications_recipient_id_created_at_index" on "notifications" ("recipient_id", "created_at");`);

    this.addSql(`create table "notification_outbox" ("id" uuid not null, "notification_id" uuid not null, "channel" varchar(20) not null, "status" varchar(20) not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "last_error" varchar(500) null, "dispatched_at" timestamptz null, "created_at" timestamptz not null, constraint "notification_outbox_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_outbox_status_next_attempt_at_index" on "notification_outbox" ("status", "next_attempt_at");`);

    this.addSql(`alter table "notifications" add constraint "notifications_recipient_id_foreign" foreign key ("recipient_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "notification_outbox" add constraint "notification_outbox_notification_id_foreign" foreign key ("notification_id") references "notifications" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notification_outbox" drop constraint "notification_outbox_notification_id_foreign";`);

    this.addSql(`drop table if exists "notifications" cascade;`);

    this.addSql(`drop table if exists "notification_outbox" cascade;`);
  }
}
