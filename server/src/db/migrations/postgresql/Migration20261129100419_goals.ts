import { Migration } from '@mikro-orm/migrations';

export class Migration20261129100419_goals extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "session_log_entries" ("id" uuid not null, "match_id" uuid not null, "author_id" uuid not null, "side" varchar(20) not null, "held_on" varchar(10) not null, "duration_minutes" int not null, "notes" text not null, "created_at" timestamptz not null, constraint "session_log_entries_pkey" primary key ("id"));`);
    this.addSql(`create index "session_log_entries_match_id_held_on_index" on "session_log_entries" ("match_id", "held_on");`);

    this.addSql(`create table "goals" ("id" uuid not null, "match_id" uuid not null, "created_by_id" uuid not null, "created_by_side" varchar(20) not null, "title" varchar(200) not null, "description" text null, "target_date" varchar(10) null, "status" varchar(20) not null default 'NOT_STARTED', "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "goals_pkey" primary key ("id"));`);
    this.addSql(`create index "goals_match_id_created_at_index" on "goals" ("match_id", "created_at");`);

    this.addSql(`create table "goal_updates" ("id" uuid not null, "goal_id" uuid not null, "author_id" uuid not null, "side" varchar(20) not null, "body" text not null, "new_status" varchar(20) null, "created_at" timestamptz not null, constraint "goal_updates_pkey" primary key ("id"));`);
    this.addSql(`create index "goal_updates_goal_id_created_at_index" on "goal_updates" ("goal_id", "created_at");`);

    this.addSql(`create table "goal_milestones" ("id" uuid not null, "goal_id" uuid not null, "position" int not null, "title" varchar(200) not null, "done_at" timestamptz null, constraint "goal_milestones_pkey" primary key ("id"));`);
    this.addSql(`create index "goal_milestones_goal_id_position_index" on "goal_milestones" ("goal_id", "position");`);

    this.addSql(`alter table "session_log_entries" add constraint "session_log_entries_match_id_foreign" foreign key ("match_id") references "matches" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "session_log_entries" add constraint "session_log_entries_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "goals" add constraint "goals_match_id_foreign" foreign key ("match_id") references "matches" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "goals" add constraint "goals_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "goal_updates" add constraint "goal_updates_goal_id_foreign" foreign key ("goal_id") references "goals" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "goal_updates" add constraint "goal_updates_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "goal_milestones" add constraint "goal_milestones_goal_id_foreign" foreign key ("goal_id") references "goals" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "goal_updates" drop constraint "goal_updates_goal_id_foreign";`);

    this.addSql(`alter table "goal_milestones" drop constraint "goal_milestones_goal_id_foreign";`);

    this.addSql(`drop table if exists "session_log_entries" cascade;`);

    this.addSql(`drop table if exists "goals" cascade;`);

    this.addSql(`drop table if exists "goal_updates" cascade;`);

    this.addSql(`drop table if exists "goal_milestones" cascade;`);
  }

}
