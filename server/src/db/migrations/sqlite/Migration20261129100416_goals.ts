import { Migration } from '@mikro-orm/migrations';

export class Migration20261129100416_goals extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`session_log_entries\` (\`id\` text not null, \`match_id\` text not null, \`author_id\` text not null, \`side\` text not null, \`held_on\` text not null, \`duration_minutes\` integer not null, \`notes\` text not null, \`created_at\` datetime not null, constraint \`session_log_entries_match_id_foreign\` foreign key(\`match_id\`) references \`matches\`(\`id\`) on delete cascade on update cascade, constraint \`session_log_entries_author_id_foreign\` foreign key(\`author_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`session_log_entries_match_id_index\` on \`session_log_entries\` (\`match_id\`);`);
    this.addSql(`create index \`session_log_entries_author_id_index\` on \`session_log_entries\` (\`author_id\`);`);
    this.addSql(`create index \`session_log_entries_match_id_held_on_index\` on \`session_log_entries\` (\`match_id\`, \`held_on\`);`);

    this.addSql(`create table \`goals\` (\`id\` text not null, \`match_id\` text not null, \`created_by_id\` text not null, \`created_by_side\` text not null, \`title\` text not null, \`description\` text null, \`target_date\` text null, \`status\` text not null default 'NOT_STARTED', \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`goals_match_id_foreign\` foreign key(\`match_id\`) references \`matches\`(\`id\`) on delete cascade on update cascade, constraint \`goals_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`goals_match_id_index\` on \`goals\` (\`match_id\`);`);
    this.addSql(`create index \`goals_created_by_id_index\` on \`goals\` (\`created_by_id\`);`);
    this.addSql(`create index \`goals_match_id_created_at_index\` on \`goals\` (\`match_id\`, \`created_at\`);`);

    this.addSql(`create table \`goal_updates\` (\`id\` text not null, \`goal_id\` text not null, \`author_id\` text not null, \`side\` text not null, \`body\` text not null, \`new_status\` text null, \`created_at\` datetime not null, constraint \`goal_updates_goal_id_foreign\` foreign key(\`goal_id\`) references \`goals\`(\`id\`) on delete cascade on update cascade, constraint \`goal_updates_author_id_foreign\` foreign key(\`author_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`goal_updates_goal_id_index\` on \`goal_updates\` (\`goal_id\`);`);
    this.addSql(`create index \`goal_updates_author_id_index\` on \`goal_updates\` (\`author_id\`);`);
    this.addSql(`create index \`goal_updates_goal_id_created_at_index\` on \`goal_updates\` (\`goal_id\`, \`created_at\`);`);

    this.addSql(`create table \`goal_milestones\` (\`id\` text not null, \`goal_id\` text not null, \`position\` integer not null, \`title\` text not null, \`done_at\` datetime null, constraint \`goal_milestones_goal_id_foreign\` foreign key(\`goal_id\`) references \`goals\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`goal_milestones_goal_id_index\` on \`goal_milestones\` (\`goal_id\`);`);
    this.addSql(`create index \`goal_milestones_goal_id_position_index\` on \`goal_milestones\` (\`goal_id\`, \`position\`);`);
  }

}
