import { Migration } from '@mikro-orm/migrations';

export class Migration20261129120800_circles extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`circles\` (\`id\` text not null, \`conversation_id\` text not null, \`name\` text not null, \`description\` text not null, \`language\` text null, \`country\` text null, \`sector\` text null, \`member_cap\` integer null, \`moderator_id\` text null, \`created_by_id\` text null, \`created_at\` datetime not null, \`archived_at\` datetime null, constraint \`circles_conversation_id_foreign\` foreign key(\`conversation_id\`) references \`conversations\`(\`id\`) on delete cascade on update cascade, constraint \`circles_moderator_id_foreign\` foreign key(\`moderator_id\`) references \`users\`(\`id\`) on delete set null on update cascade, constraint \`circles_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`circles_conversation_id_index\` on \`circles\` (\`conversation_id\`);`);
    this.addSql(`create unique index \`circles_conversation_id_unique\` on \`circles\` (\`conversation_id\`);`);
    this.addSql(`create index \`circles_moderator_id_index\` on \`circles\` (\`moderator_id\`);`);
    this.addSql(`create index \`circles_created_by_id_index\` on \`circles\` (\`created_by_id\`);`);
    this.addSql(`create index \`circles_archived_at_name_index\` on \`circles\` (\`archived_at\`, \`name\`);`);

    this.addSql(`create table \`circle_removals\` (\`id\` text not null, \`circle_id\` text not null, \`user_id\` text not null, \`created_at\` datetime not null, constraint \`circle_removals_circle_id_foreign\` foreign key(\`circle_id\`) references \`circles\`(\`id\`) on delete cascade on update cascade, constraint \`circle_removals_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`circle_removals_circle_id_index\` on \`circle_removals\` (\`circle_id\`);`);
    this.addSql(`create index \`circle_removals_user_id_index\` on \`circle_removals\` (\`user_id\`);`);
    this.addSql(`create unique index \`circle_removals_circle_id_user_id_unique\` on \`circle_removals\` (\`circle_id\`, \`user_id\`);`);

    this.addSql(`alter table \`messages\` add column \`removed_at\` datetime null;`);

    this.addSql(`alter table \`conversation_members\` add column \`joined_seq\` integer not null default 0;`);
  }

}
