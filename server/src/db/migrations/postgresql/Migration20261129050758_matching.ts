import { Migration } from '@mikro-orm/migrations';

export class Migration20261129050758_matching extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "support_requests" ("id" uuid not null, "entrepreneur_id" uuid not null, "needs" jsonb not null, "urgency" varchar(10) not null, "languages" jsonb not null, "modality" varchar(20) not null, "description" text null, "status" varchar(20) not null default 'OPEN', "created_at" timestamptz not null, "updated_at" timestamptz not null, "withdrawn_at" timestamptz null, constraint "support_requests_pkey" primary key ("id"));`);
    this.addSql(`create index "support_requests_entrepreneur_id_status_index" on "support_requests" ("entrepreneur_id", "status");`);

    this.addSql(`create table "matching_rounds" ("id" uuid not null, "run_by_id" uuid null, "dry_run" boolean not null, "countries" jsonb not null, "kinds" jsonb not null, "organization_id" uuid null, "objective" double precision not null, "demand_count" int not null, "supporter_count" int not null, "feasible_pairs" int not null, "matched_count" int not null, "unmatched_count" int not null, "unmatched_counts" jsonb not null, "unmatched" jsonb not null, "planned_proposals" jsonb null, "duration_ms" int not null, "created_at" timestamptz not null, constraint "matching_rounds_pkey" primary key ("id"));`);
    this.addSql(`create index "matching_rounds_created_at_index" on "matching_rounds" ("created_at");`);

    this.addSql(`create table "demands" ("id" uuid not null, "request_id" uuid not null, "entrepreneur_id" uuid not null, "kind" varchar(20) not null, "needs" jsonb not null, "status" varchar(20) not null default 'OPEN', "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "demands_pkey" primary key ("id"));`);
    this.addSql(`create index "demands_entrepreneur_id_index" on "demands" ("entrepreneur_id");`);
    this.addSql(`create index "demands_status_kind_index" on "demands" ("status", "kind");`);

    this.addSql(`create table "matches" ("id" uuid not null, "demand_id" uuid not null, "entrepreneur_id" uuid not null, "supporter_id" uuid not null, "kind" varchar(20) not null, "status" varchar(20) not null, "score" double precision not null, "reasons" jsonb not null, "origin" varchar(10) not null, "round_id" uuid null, "approved_at" timestamptz null, "invitation_expires_at" timestamptz null, "ended_badly" boolean not null default false, "outcome" varchar(20) null, "end_reason" varchar(40) null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "matches_pkey" primary key ("id"));`);
    this.addSql(`create index "matches_status_invitation_expires_at_index" on "matches" ("status", "invitation_expires_at");`);
    this.addSql(`create index "matches_entrepreneur_id_status_index" on "matches" ("entrepreneur_id", "status");`);
    this.addSql(`create index "matches_supporter_id_status_index" on "matches" ("supporter_id", "status");`);

    this.addSql(`create table "match_transitions" ("id" uuid not null, "match_id" uuid not null, "from_status" varchar(20) null, "to_status" varchar(20) not null, "actor_id" uuid null, "actor_role" varchar(20) not null, "reason" varchar(40) null, "outcome" varchar(20) null, "note" text null, "at" timestamptz not null, constraint "match_transitions_pkey" primary key ("id"));`);
    this.addSql(`create index "match_transitions_match_id_at_index" on "match_transitions" ("match_id", "at");`);

    this.addSql(`alter table "support_requests" add constraint "support_requests_entrepreneur_id_foreign" foreign key ("entrepreneur_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "matching_rounds" add constraint "matching_rounds_run_by_id_foreign" foreign key ("run_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "matching_rounds" add constraint "matching_rounds_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "demands" add constraint "demands_request_id_foreign" foreign key ("request_id") references "support_requests" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "demands" add constraint "demands_entrepreneur_id_foreign" foreign key ("entrepreneur_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "matches" add constraint "matches_demand_id_foreign" foreign key ("demand_id") references "demands" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "matches" add constraint "matches_entrepreneur_id_foreign" foreign key ("entrepreneur_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "matches" add constraint "matches_supporter_id_foreign" foreign key ("supporter_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "matches" add constraint "matches_round_id_foreign" foreign key ("round_id") references "matching_rounds" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "match_transitions" add constraint "match_transitions_match_id_foreign" foreign key ("match_id") references "matches" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "match_transitions" add constraint "match_transitions_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "demands" drop constraint "demands_request_id_foreign";`);

    this.addSql(`alter table "matches" drop constraint "matches_round_id_foreign";`);

    this.addSql(`alter table "matches" drop constraint "matches_demand_id_foreign";`);

    this.addSql(`alter table "match_transitions" drop constraint "match_transitions_match_id_foreign";`);

    this.addSql(`drop table if exists "support_requests" cascade;`);

    this.addSql(`drop table if exists "matching_rounds" cascade;`);

    this.addSql(`drop table if exists "demands" cascade;`);

    this.addSql(`drop table if exists "matches" cascade;`);

    this.addSql(`drop table if exists "match_transitions" cascade;`);
  }

}
