import { Migration } from '@mikro-orm/migrations';

export class Migration20261129094538_chat_delivered extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "conversation_members" add column "last_delivered_seq" int not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "conversation_members" drop column "last_delivered_seq";`);
  }

}
