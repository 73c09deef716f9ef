import { Migration } from '@mikro-orm/migrations';

export class Migration20261129131848_voice_notes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`voice_notes\` (\`id\` text not null, \`conversation_id\` text not null, \`sender_id\` text not null, \`client_message_id\` text not null, \`mime_type\` text not null, \`duration_ms\` integer not null, \`byte_size\` integer not null, \`audio\` blob not null, \`created_at\` datetime not null, constraint \`voice_notes_conversation_id_foreign\` foreign key(\`conversation_id\`) references \`conversations\`(\`id\`) on delete cascade on update cascade, constraint \`voice_notes_sender_id_foreign\` foreign key(\`sender_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`voice_notes_conversation_id_index\` on \`voice_notes\` (\`conversation_id\`);`);
    this.addSql(`create index \`voice_notes_sender_id_index\` on \`voice_notes\` (\`sender_id\`);`);
    this.addSql(`create index \`voice_notes_conversation_id_client_message_id_index\` on \`voice_notes\` (\`conversation_id\`, \`client_message_id\`);`);
    this.addSql(`create unique index \`voice_notes_sender_id_client_message_id_unique\` on \`voice_notes\` (\`sender_id\`, \`client_message_id\`);`);
  }

}
