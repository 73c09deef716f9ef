import { Migration } from '@mikro-orm/migrations';

export class Migration20261129120540_workshops extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "workshops" ("id" uuid not null, "organizer_id" uuid not null, "title" varchar(200) not null, "description" text not null, "topic" varchar(40) not null, "language" varchar(10) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "duration_minutes" int not null, "time_zone" varchar(64) not null, "modality" varchar(20) not null, "meeting_link" varchar(300) null, "place" varchar(200) null, "city" varchar(100) null, "country" varchar(2) null, "seats" int not null, "confirmed_count" int not null default 0, "waiting_count" int not null default 0, "status" varchar(20) not null default 'PUBLISHED', "cancelled_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "workshops_pkey" primary key ("id"));`);
    this.addSql(`create index "workshops_organizer_id_starts_at_index" on "workshops" ("organizer_id", "starts_at");`);
    this.addSql(`create index "workshops_status_ends_at_index" on "workshops" ("status", "ends_at");`);

    this.addSql(`create table "workshop_registrations" ("id" uuid not null, "workshop_id" uuid not null, "participant_id" uuid not null, "status" varchar(20) not null, "queued_at" timestamptz not null, "confirmed_at" timestamptz null, "cancelled_at" timestamptz null, "attendance" varchar(10) not null default 'UNKNOWN', "attendance_recorded_at" timestamptz null, "reminder_sent_at" timestamptz null, constraint "workshop_registrations_pkey" primary key ("id"));`);
    this.addSql(`create index "workshop_registrations_status_reminder_sent_at_index" on "workshop_registrations" ("status", "reminder_sent_at");`);
    this.addSql(`create index "workshop_registrations_participant_id_status_index" on "workshop_registrations" ("participant_id", "status");`);
    this.addSql(`create index "workshop_registrations_workshop_id_status_queued_at_index" on "workshop_registrations" ("workshop_id", "status", "queued_at");`);
    this.addSql(`alter table "workshop_registrations" add constraint "workshop_registrations_workshop_id_participant_id_unique" unique ("workshop_id", "participant_id");`);

    this.addSql(`alter table "workshops" add constraint "workshops_organizer_id_foreign" foreign key ("organizer_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "workshop_registrations" add constraint "workshop_registrations_workshop_id_foreign" foreign key ("workshop_id") references "workshops" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "workshop_registrations" add constraint "workshop_registrations_participant_id_foreign" foreign key ("participant_id") references "users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "workshop_registrations" drop constraint "workshop_registrations_workshop_id_foreign";`);

    this.addSql(`drop table if exists "workshops" cascade;`);

    this.addSql(`drop table if exists "workshop_registrations" cascade;`);
  }

}
