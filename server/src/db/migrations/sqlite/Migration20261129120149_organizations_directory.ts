import { Migration } from '@mikro-orm/migrations';

export class Migration20261129120149_organizations_directory extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`organization_join_requests\` (\`id\` text not null, \`organization_id\` text not null, \`user_id\` text not null, \`role\` text not null, \`message\` text null, \`status\` text not null default 'PENDING', \`pending_key\` text null, \`decline_reason\` text null, \`decided_by_id\` text null, \`decided_at\` datetime null, \`created_at\` datetime not null, constraint \`organization_join_requests_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, constraint \`organization_join_requests_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, constraint \`organization_join_requests_decided_by_id_foreign\` foreign key(\`decided_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`organization_join_requests_organization_id_index\` on \`organization_join_requests\` (\`organization_id\`);`);
    this.addSql(`create index \`organization_join_requests_user_id_index\` on \`organization_join_requests\` (\`user_id\`);`);
    this.addSql(`create unique index \`organization_join_requests_pending_key_unique\` on \`organization_join_requests\` (\`pending_key\`);`);
    this.addSql(`create index \`organization_join_requests_decided_by_id_index\` on \`organization_join_requests\` (\`decided_by_id\`);`);
    this.addSql(`create index \`organization_join_requests_organization_id_status_index\` on \`organization_join_requests\` (\`organization_id\`, \`status\`);`);

    this.addSql(`alter table \`organizations\` add column \`needs\` json not null default '[]';`);
    this.addSql(`alter table \`organizations\` add column \`phone\` text null;`);
    this.addSql(`alter table \`organizations\` add column \`email\` text null;`);
    this.addSql(`alter table \`organizations\` add column \`address\` text null;`);
    this.addSql(`alter table \`organizations\` add column \`is_example\` integer not null default false;`);
    this.addSql(`alter table \`organizations\` add column \`country_tags\` text not null default '';`);
    this.addSql(`alter table \`organizations\` add column \`language_tags\` text not null default '';`);
    this.addSql(`alter table \`organizations\` add column \`offer_tags\` text not null default '';`);
    this.addSql(`alter table \`organizations\` add column \`search_text\` text not null default '';`);
    this.addSql(`alter table \`organizations\` add column \`updated_at\` datetime null;`);
    this.addSql(`alter table \`organizations\` add column \`website\` text null;`);
    // Contact was one free-text line; the directory keeps phone, email, address and website apart.
    this.addSql(`alter table \`organizations\` drop column \`contact\`;`);
  }
}
