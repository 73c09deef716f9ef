import { Migration } from '@mikro-orm/migrations';

export class Migration20261129100811_services_directory extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`service_entries\` (\`id\` text not null, \`country\` text not null, \`languages\` json not null, \`language_tags\` text not null, \`category\` text not null, \`name\` text not null, \`description\` text not null, \`phone\` text null, \`website\` text null, \`address\` text null, \`hours\` text null, \`emergency\` integer not null default false, \`is_example\` integer not null default false, \`organization_id\` text null, \`search_text\` text not null, \`archived_at\` datetime null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`service_entries_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`service_entries_organization_id_index\` on \`service_entries\` (\`organization_id\`);`);
    this.addSql(`create index \`service_entries_country_archived_at_index\` on \`service_entries\` (\`country\`, \`archived_at\`);`);
  }

}
