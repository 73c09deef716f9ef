import { Migration } from '@mikro-orm/migrations';

export class Migration20261129090656_privacy extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`case_notes\` (\`id\` text not null, \`match_id\` text not null, \`author_id\` text not null, \`body\` text not null, \`created_at\` datetime not null, constraint \`case_notes_match_id_foreign\` foreign key(\`match_id\`) references \`matches\`(\`id\`) on delete cascade on update cascade, constraint \`case_notes_author_id_foreign\` foreign key(\`author_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`case_notes_match_id_index\` on \`case_notes\` (\`match_id\`);`);
    this.addSql(`create index \`case_notes_author_id_index\` on \`case_notes\` (\`author_id\`);`);
    this.addSql(`create index \`case_notes_match_id_created_at_index\` on \`case_notes\` (\`match_id\`, \`created_at\`);`);

    this.addSql(`alter table \`users\` add column \`phone\` text null;`);
    this.addSql(`alter table \`users\` add column \`share_contact_details\` integer not null default false;`);
    this.addSql(`alter table \`users\` add column \`deleted_at\` datetime null;`);

    this.addSql(`alter table \`messages\` add column \`redacted_at\` datetime null;`);
  }

}
