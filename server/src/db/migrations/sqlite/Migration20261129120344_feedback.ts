import { Migration } from '@mikro-orm/migrations';

export class Migration20261129120344_feedback extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`match_feedback\` (\`id\` text not null, \`match_id\` text not null, \`author_id\` text not null, \`about_id\` text not null, \`side\` text not null, \`rating\` integer not null, \`outcome\` text not null, \`comment\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`match_feedback_match_id_foreign\` foreign key(\`match_id\`) references \`matches\`(\`id\`) on delete cascade on update cascade, constraint \`match_feedback_author_id_foreign\` foreign key(\`author_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, constraint \`match_feedback_about_id_foreign\` foreign key(\`about_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`match_feedback_match_id_index\` on \`match_feedback\` (\`match_id\`);`);
    this.addSql(`create index \`match_feedback_author_id_index\` on \`match_feedback\` (\`author_id\`);`);
    this.addSql(`create index \`match_feedback_about_id_index\` on \`match_feedback\` (\`about_id\`);`);
    this.addSql(`create index \`match_feedback_about_id_side_index\` on \`match_feedback\` (\`about_id\`, \`side\`);`);
    this.addSql(`create unique index \`match_feedback_match_id_side_unique\` on \`match_feedback\` (\`match_id\`, \`side\`);`);
  }
}
