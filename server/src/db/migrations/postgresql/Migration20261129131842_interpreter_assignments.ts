import { Migration } from '@mikro-orm/migrations';

export class Migration20261129131842_interpreter_assignments extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "interpreter_assignments" ("id" uuid not null, "match_id" uuid not null, "conversation_id" uuid not null, "interpreter_id" uuid not null, "proposed_by_id" uuid null, "status" varchar(10) not null, "entrepreneur_language" varchar(10) not null, "supporter_language" varchar(10) not null, "entrepreneur_consent_at" timestamptz null, "supporter_consent_at" timestamptz null, "refused_at" timestamptz null, "refused_by" varchar(12) null, "joined_at" timestamptz null, "ended_at" timestamptz null, "end_reason" varchar(20) null, "ended_by_id" uuid null, "created_at" timestamptz not null, constraint "interpreter_assignments_pkey" primary key ("id"));`);
    this.addSql(`create index "interpreter_assignments_interpreter_id_status_index" on "interpreter_assignments" ("interpreter_id", "status");`);
    this.addSql(`create index "interpreter_assignments_conversation_id_status_index" on "interpreter_assignments" ("conversation_id", "status");`);
    this.addSql(`create index "interpreter_assignments_match_id_status_index" on "interpreter_assignments" ("match_id", "status");`);

    this.addSql(`alter table "interpreter_assignments" add constraint "interpreter_assignments_match_id_foreign" foreign key ("match_id") references "matches" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "interpreter_assignments" add constraint "interpreter_assignments_conversation_id_foreign" foreign key ("conversation_id") references "conversations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "interpreter_assignments" add constraint "interpreter_assignments_interpreter_id_foreign" foreign key ("interpreter_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "interpreter_assignments" add constraint "interpreter_assignments_proposed_by_id_foreign" foreign key ("proposed_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "interpreter_assignments" add constraint "interpreter_assignments_ended_by_id_foreign" foreign key ("ended_by_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "interpreter_assignments" cascade;`);
  }

}
