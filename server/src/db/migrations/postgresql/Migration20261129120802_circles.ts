import { Migration } from '@mikro-orm/migrations';

export class Migration20261129120802_circles extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "circles" ("id" uuid not null, "conversation_id" uuid not null, "name" varchar(80) not null, "description" text not null, "language" varchar(10) null, "country" varchar(2) null, "sector" varchar(30) null, "member_cap" int null, "moderator_id" uuid null, "created_by_id" uuid null, "created_at" timestamptz not null, "archived_at" timestamptz null, constraint "circles_pkey" primary key ("id"));`);
    this.addSql(`alter table "circles" add constraint "circles_conversation_id_unique" unique ("conversation_id");`);
    this.addSql(`create index "circles_archived_at_name_index" on "circles" ("archived_at", "name");`);

    this.addSql(`create table "circle_removals" ("id" uuid not null, "circle_id" uuid not null, "user_id" uuid not null, "created_at" timestamptz not null, constraint "circle_removals_pkey" primary key ("id"));`);
    this.addSql(`alter table "circle_removals" add constraint "circle_removals_circle_id_user_id_unique" unique ("circle_id", "user_id");`);

    this.addSql(`alter table "circles" add constraint "circles_conversation_id_foreign" foreign key ("conversation_id") references "conversations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "circles" add constraint "circles_moderator_id_foreign" foreign key ("moderator_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "circles" add constraint "circles_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "circle_removals" add constraint "circle_removals_circle_id_foreign" foreign key ("circle_id") references "circles" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "circle_removals" add constraint "circle_removals_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "messages" add column "removed_at" timestamptz null;`);

    this.addSql(`alter table "conversation_members" add column "joined_seq" int not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "circle_removals" drop constraint "circle_removals_circle_id_foreign";`);

    this.addSql(`drop table if exists "circles" cascade;`);

    this.addSql(`drop table if exists "circle_removals" cascade;`);

    this.addSql(`alter table "conversation_members" drop column "joined_seq";`);

    this.addSql(`alter table "messages" drop column "removed_at";`);

  }

}
