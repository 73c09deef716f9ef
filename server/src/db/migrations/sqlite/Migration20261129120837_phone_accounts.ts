import { Migration } from '@mikro-orm/migrations';

export class Migration20261129120837_phone_accounts extends Migration {

  override async up(): Promise<void> {

    this.addSql(`create table \`assisted_consents\` (\`id\` text not null, \`entrepreneur_id\` text not null, \`coordinator_id\` text null, \`action\` text not null, \`scopes\` json not null, \`channel\` text not null, \`recorded_at\` datetime not null, constraint \`assisted_consents_entrepreneur_id_foreign\` foreign key(\`entrepreneur_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, constraint \`assisted_consents_coordinator_id_foreign\` foreign key(\`coordinator_id\`) references \`users\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`assisted_consents_entrepreneur_id_index\` on \`assisted_consents\` (\`entrepreneur_id\`);`);
    this.addSql(`create index \`assisted_consents_coordinator_id_index\` on \`assisted_consents\` (\`coordinator_id\`);`);

    this.addSql(`create table \`account_setup_codes\` (\`id\` text not null, \`user_id\` text not null, \`code_hash\` text not null, \`purpose\` text not null, \`issued_by_id\` text null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`used_at\` datetime null, constraint \`account_setup_codes_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, constraint \`account_setup_codes_issued_by_id_foreign\` foreign key(\`issued_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`account_setup_codes_user_id_index\` on \`account_setup_codes\` (\`user_id\`);`);
    this.addSql(`create index \`account_setup_codes_issued_by_id_index\` on \`account_setup_codes\` (\`issued_by_id\`);`);

    this.addSql(`alter table \`users\` add column \`login_phone\` text null;`);
    this.addSql(`alter table \`users\` add column \`secret_kind\` text not null default 'PASSWORD';`);
    this.addSql(`create unique index \`users_login_phone_unique\` on \`users\` (\`login_phone\`);`);

  }

}
