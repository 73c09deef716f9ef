import { Migration } from '@mikro-orm/migrations';

export class Migration20261129131840_interpreter_assignments extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`interpreter_assignments\` (\`id\` text not null, \`match_id\` text not null, \`conversation_id\` text not null, \`interpreter_id\` text not null, \`proposed_by_id\` text null, \`status\` text not null, \`entrepreneur_language\` text not null, \`supporter_language\` text not null, \`entrepreneur_consent_at\` datetime null, \`supporter_consent_at\` datetime null, \`refused_at\` datetime null, \`refused_by\` text null, \`joined_at\` datetime null, \`ended_at\` datetime null, \`end_reason\` text null, \`ended_by_id\` text null, \`created_at\` datetime not null, constraint \`interpreter_assignments_match_id_foreign\` foreign key(\`match_id\`) references \`matches\`(\`id\`) on delete cascade on update cascade, constraint \`interpreter_assignments_conversation_id_foreign\` foreign key(\`conversation_id\`) references \`conversations\`(\`id\`) on delete cascade on update cascade, constraint \`interpreter_assignments_interpreter_id_foreign\` foreign key(\`interpreter_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, constraint \`interpreter_assignments_proposed_by_id_foreign\` foreign key(\`proposed_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade, constraint \`interpreter_assignments_ended_by_id_foreign\` foreign key(\`ended_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`interpreter_assignments_match_id_index\` on \`interpreter_assignments\` (\`match_id\`);`);
    this.addSql(`create index \`interpreter_assignments_conversation_id_index\` on \`interpreter_assignments\` (\`conversation_id\`);`);
    this.addSql(`create index \`interpreter_assignments_interpreter_id_index\` on \`interpreter_assignments\` (\`interpreter_id\`);`);
    this.addSql(`create index \`interpreter_assignments_proposed_by_id_index\` on \`interpreter_assignments\` (\`proposed_by_id\`);`);
    this.addSql(`create index \`interpreter_assignments_ended_by_id_index\` on \`interpreter_assignments\` (\`ended_by_id\`);`);
    this.addSql(`create index \`interpreter_assignments_interpreter_id_status_index\` on \`interpreter_assignments\` (\`interpreter_id\`, \`status\`);`);
    this.addSql(`create index \`interpreter_assignments_conversation_id_status_index\` on \`interpreter_assignments\` (\`conversation_id\`, \`status\`);`);
    this.addSql(`create index \`interpreter_assignments_match_id_status_index\` on \`interpreter_assignments\` (\`match_id\`, \`status\`);`);
  }

}
