import { Migration } from '@mikro-orm/migrations';

export class Migration20261129121500_goal_pathway extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "goals" add column "pathway" varchar(40) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "goals" drop column "pathway";`);
  }

}
