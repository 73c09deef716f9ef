import { Migration } from '@mikro-orm/migrations';

export class Migration20261129051519_chat extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`conversations\` (\`id\` text not null, \`kind\` text not null, \`match_id\` text null, \`last_seq\` integer not null default 0, \`last_activity_at\` datetime not null, \`created_at\` datetime not null, \`closed_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create unique index \`conversations_match_id_unique\` on \`conversations\` (\`match_id\`);`);
    this.addSql(`create index \`conversations_last_activity_at_index\` on \`conversations\` (\`last_activity_at\`);`);

    this.addSql(`create table \`messages\` (\`id\` text not null, \`conversation_id\` text not null, \`seq\` integer not null, \`sender_id\` text not null, \`client_message_id\` text not null, \`body\` text not null, \`created_at\` datetime not null, constraint \`messages_conversation_id_foreign\` foreign key(\`conversation_id\`) references \`conversations\`(\`id\`) on delete cascade on update cascade, constraint \`messages_sender_id_foreign\` foreign key(\`sender_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`messages_conversation_id_index\` on \`messages\` (\`conversation_id\`);`);
    this.addSql(`create index \`messages_sender_id_index\` on \`messages\` (\`sender_id\`);`);
    this.addSql(`create unique index \`messages_sender_id_client_message_id_unique\` on \`messages\` (\`sender_id\`, \`client_message_id\`);`);
    this.addSql(`create unique index \`messages_conversation_id_seq_unique\` on \`messages\` (\`conversation_id\`, \`seq\`);`);

    this.addSql(`create table \`reports\` (\`id\` text not null, \`reporter_id\` text not null, \`reported_user_id\` text not null, \`message_id\` text null, \`conversation_id\` text null, \`reason\` text not null, \`details\` text null, \`snapshot\` json not null, \`status\` text not null default 'OPEN', \`created_at\` datetime not null, \`handled_by_id\` text null, \`handled_at\` datetime null, \`resolution\` text null, constraint \`reports_reporter_id_foreign\` foreign key(\`reporter_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, constraint \`reports_reported_user_id_foreign\` foreign key(\`reported_user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, constraint \`reports_message_id_foreign\` foreign key(\`message_id\`) references \`messages\`(\`id\`) on delete set null on update cascade, constraint \`reports_conversation_id_foreign\` foreign key(\`conversation_id\`) references \`conversations\`(\`id\`) on delete set null on update cascade, constraint \`reports_handled_by_id_foreign\` foreign key(\`handled_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`reports_reporter_id_index\` on \`reports\` (\`reporter_id\`);`);
    this.addSql(`create index \`reports_reported_user_id_index\` on \`reports\` (\`reported_user_id\`);`);
    this.addSql(`create index \`reports_message_id_index\` on \`reports\` (\`message_id\`);`);
    this.addSql(`create index \`reports_conversation_id_index\` on \`reports\` (\`conversation_id\`);`);
    this.addSql(`create index \`reports_handled_by_id_index\` on \`reports\` (\`handled_by_id\`);`);
    this.addSql(`create index \`reports_status_created_at_index\` on \`reports\` (\`status\`, \`created_at\`);`);

    this.addSql(`create table \`conversation_members\` (\`id\` text not null, \`conversation_id\` text not null, \`user_id\` text not null, \`last_read_seq\` integer not null default 0, \`joined_at\` datetime not null, constraint \`conversation_members_conversation_id_foreign\` foreign key(\`conversation_id\`) references \`conversations\`(\`id\`) on delete cascade on update cascade, constraint \`conversation_members_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`conversation_members_conversation_id_index\` on \`conversation_members\` (\`conversation_id\`);`);
    this.addSql(`create index \`conversation_members_user_id_index\` on \`conversation_members\` (\`user_id\`);`);
    this.addSql(`create index \`conversation_members_user_id_conversation_id_index\` on \`conversation_members\` (\`user_id\`, \`conversation_id\`);`);
    this.addSql(`create unique index \`conversation_members_conversation_id_user_id_unique\` on \`conversation_members\` (\`conversation_id\`, \`user_id\`);`);

    this.addSql(`create table \`blocks\` (\`id\` text not null, \`user_id\` text not null, \`blocked_user_id\` text not null, \`created_at\` datetime not null, constraint \`blocks_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, constraint \`blocks_blocked_user_id_foreign\` foreign key(\`blocked_user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`blocks_user_id_index\` on \`blocks\` (\`user_id\`);`);
    this.addSql(`create index \`blocks_blocked_user_id_index\` on \`blocks\` (\`blocked_user_id\`);`);
    this.addSql(`create index \`blocks_blocked_user_id_user_id_index\` on \`blocks\` (\`blocked_user_id\`, \`user_id\`);`);
    this.addSql(`create unique index \`blocks_user_id_blocked_user_id_unique\` on \`blocks\` (\`user_id\`, \`blocked_user_id\`);`);
  }

}
