import { Migration } from '@mikro-orm/migrations';

export class Migration20261129123858_reply_follow_ups extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`reply_follow_ups\` (\`id\` text not null, \`match_id\` text not null, \`supporter_id\` text not null, \`entrepreneur_id\` text not null, \`conversation_id\` text not null, \`awaiting_seq\` integer not null, \`awaiting_since\` datetime not null, \`reminded_at\` datetime null, \`alerted_at\` datetime null, \`resolved_at\` datetime null, \`created_at\` datetime not null, constraint \`reply_follow_ups_match_id_foreign\` foreign key(\`match_id\`) references \`matches\`(\`id\`) on delete cascade on update cascade, constraint \`reply_follow_ups_supporter_id_foreign\` foreign key(\`supporter_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, constraint \`reply_follow_ups_entrepreneur_id_foreign\` foreign key(\`entrepreneur_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`reply_follow_ups_match_id_index\` on \`reply_follow_ups\` (\`match_id\`);`);
    this.addSql(`create index \`reply_follow_ups_supporter_id_index\` on \`reply_follow_ups\` (\`supporter_id\`);`);
    this.addSql(`create index \`reply_follow_ups_entrepreneur_id_index\` on \`reply_follow_ups\` (\`entrepreneur_id\`);`);
    this.addSql(`create index \`reply_follow_ups_resolved_at_supporter_id_index\` on \`reply_follow_ups\` (\`resolved_at\`, \`supporter_id\`);`);
    this.addSql(`create unique index \`reply_follow_ups_match_id_awaiting_seq_unique\` on \`reply_follow_ups\` (\`match_id\`, \`awaiting_seq\`);`);
  }

}
