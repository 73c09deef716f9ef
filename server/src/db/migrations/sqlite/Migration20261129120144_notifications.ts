import { Migration } from '@mikro-orm/migrations';

export class Migration20261129120144_notifications extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`notifications\` (\`id\` text not null, \`recipient_id\` text not null, \`kind\` text not null, \`params\` json not null, \`link\` text null, \`created_at\` datetime not null, \`read_at\` datetime null, constraint \`notifications_recipient_id_foreign\` foreign key(\`recipient_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`notifications_recipient_id_index\` on \`notifications\` (\`recipient_id\`);`);
    this.addSql(`create index \`notifications_recipient_id_created_at_index\` on \`notifications\` (\`recipient_id\`, \`created_at\`);`);

    this.addSql(`create table \`notification_outbox\` (\`id\` text not null, \`notification_id\` text not null, \`channel\` text not null, \`status\` text not null default 'PENDING', \`attempts\` integer not null default 0, \`next_attempt_at\` datetime not null, \`last_error\` text null, \`dispatched_at\` datetime null, \`created_at\` datetime not null, constraint \`notification_outbox_notification_id_foreign\` foreign key(\`notification_id\`) references \`notifications\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`notification_outbox_notification_id_index\` on \`notification_outbox\` (\`notification_id\`);`);
    this.addSql(`create index \`notification_outbox_status_next_attempt_at_index\` on \`notification_outbox\` (\`status\`, \`next_attempt_at\`);`);
  }

}
