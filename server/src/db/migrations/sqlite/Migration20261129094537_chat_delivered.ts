import { Migration } from '@mikro-orm/migrations';

export class Migration20261129094537_chat_delivered extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`conversation_members\` add column \`last_delivered_seq\` integer not null default 0;`);
  }

}
