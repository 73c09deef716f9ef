import { Migration } from '@mikro-orm/migrations';

export class Migration20261129050758_matching extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`support_requests\` (\`id\` text not null, \`entrepreneur_id\` text not null, \`needs\` json not null, \`urgency\` text not null, \`languages\` json not null, \`modality\` text not null, \`description\` text null, \`status\` text not null default 'OPEN', \`created_at\` datetime not null, \`updated_at\` datetime not null, \`withdrawn_at\` datetime null, constraint \`support_requests_entrepreneur_id_foreign\` foreign key(\`entrepreneur_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`support_requests_entrepreneur_id_index\` on \`support_requests\` (\`entrepreneur_id\`);`);
    this.addSql(`create index \`support_requests_entrepreneur_id_status_index\` on \`support_requests\` (\`entrepreneur_id\`, \`status\`);`);

    this.addSql(`create table \`matching_rounds\` (\`id\` text not null, \`run_by_id\` text null, \`dry_run\` integer not null, \`countries\` json not null, \`kinds\` json not null, \`organization_id\` text null, \`objective\` double not null, \`demand_count\` integer not null, \`supporter_count\` integer not null, \`feasible_pairs\` integer not null, \`matched_count\` integer not null, \`unmatched_count\` integer not null, \`unmatched_counts\` json not null, \`unmatched\` json not null, \`planned_proposals\` json null, \`duration_ms\` integer not null, \`created_at\` datetime not null, constraint \`matching_rounds_run_by_id_foreign\` foreign key(\`run_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade, constraint \`matching_rounds_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`matching_rounds_run_by_id_index\` on \`matching_rounds\` (\`run_by_id\`);`);
    this.addSql(`create index \`matching_rounds_organization_id_index\` on \`matching_rounds\` (\`organization_id\`);`);
    this.addSql(`create index \`matching_rounds_created_at_index\` on \`matching_rounds\` (\`created_at\`);`);

    this.addSql(`create table \`demands\` (\`id\` text not null, \`request_id\` text not null, \`entrepreneur_id\` text not null, \`kind\` text not null, \`needs\` json not null, \`status\` text not null default 'OPEN', \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`demands_request_id_foreign\` foreign key(\`request_id\`) references \`support_requests\`(\`id\`) on delete cascade on update cascade, constraint \`demands_entrepreneur_id_foreign\` foreign key(\`entrepreneur_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`demands_request_id_index\` on \`demands\` (\`request_id\`);`);
    this.addSql(`create index \`demands_entrepreneur_id_index\` on \`demands\` (\`entrepreneur_id\`);`);
    this.addSql(`create index \`demands_status_kind_index\` on \`demands\` (\`status\`, \`kind\`);`);

    this.addSql(`create table \`matches\` (\`id\` text not null, \`demand_id\` text not null, \`entrepreneur_id\` text not null, \`supporter_id\` text not null, \`kind\` text not null, \`status\` text not null, \`score\` double not null, \`reasons\` json not null, \`origin\` text not null, \`round_id\` text null, \`approved_at\` datetime null, \`invitation_expires_at\` datetime null, \`ended_badly\` integer not null default false, \`outcome\` text null, \`end_reason\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`matches_demand_id_foreign\` foreign key(\`demand_id\`) references \`demands\`(\`id\`) on delete cascade on update cascade, constraint \`matches_entrepreneur_id_foreign\` foreign key(\`entrepreneur_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, constraint \`matches_supporter_id_foreign\` foreign key(\`supporter_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, constraint \`matches_round_id_foreign\` foreign key(\`round_id\`) references \`matching_rounds\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`matches_demand_id_index\` on \`matches\` (\`demand_id\`);`);
    this.addSql(`create index \`matches_entrepreneur_id_index\` on \`matches\` (\`entrepreneur_id\`);`);
    this.addSql(`create index \`matches_supporter_id_index\` on \`matches\` (\`supporter_id\`);`);
    this.addSql(`create index \`matches_round_id_index\` on \`matches\` (\`round_id\`);`);
    this.addSql(`create index \`matches_status_invitation_expires_at_index\` on \`matches\` (\`status\`, \`invitation_expires_at\`);`);
    this.addSql(`create index \`matches_entrepreneur_id_status_index\` on \`matches\` (\`entrepreneur_id\`, \`status\`);`);
    this.addSql(`create index \`matches_supporter_id_status_index\` on \`matches\` (\`supporter_id\`, \`status\`);`);

    this.addSql(`create table \`match_transitions\` (\`id\` text not null, \`match_id\` text not null, \`from_status\` text null, \`to_status\` text not null, \`actor_id\` text null, \`actor_role\` text not null, \`reason\` text null, \`outcome\` text null, \`note\` text null, \`at\` datetime not null, constraint \`match_transitions_match_id_foreign\` foreign key(\`match_id\`) references \`matches\`(\`id\`) on delete cascade on update cascade, constraint \`match_transitions_actor_id_foreign\` foreign key(\`actor_id\`) references \`users\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`match_transitions_match_id_index\` on \`match_transitions\` (\`match_id\`);`);
    this.addSql(`create index \`match_transitions_actor_id_index\` on \`match_transitions\` (\`actor_id\`);`);
    this.addSql(`create index \`match_transitions_match_id_at_index\` on \`match_transitions\` (\`match_id\`, \`at\`);`);
  }

}
