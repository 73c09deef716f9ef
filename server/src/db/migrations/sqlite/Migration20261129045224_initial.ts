import { Migration } from '@mikro-orm/migrations';

export class Migration20261129045224_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`organizations\` (\`id\` text not null, \`name\` text not null, \`description\` text not null, \`countries\` json not null, \`languages\` json not null, \`services\` json not null, \`contact\` text null, \`women_led\` integer not null default true, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`organizations_name_unique\` on \`organizations\` (\`name\`);`);

    this.addSql(`create table \`users\` (\`id\` text not null, \`email\` text null, \`display_name\` text not null, \`password_hash\` text not null, \`locale\` text not null default 'es', \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`users_email_unique\` on \`users\` (\`email\`);`);

    this.addSql(`create table \`supporter_profiles\` (\`id\` text not null, \`user_id\` text not null, \`support_kinds\` json not null, \`needs\` json not null, \`languages\` json not null, \`jurisdictions\` json not null, \`sectors\` json not null, \`business_stages\` json not null, \`capacity\` integer not null, \`availability\` json not null, \`modalities\` json not null, \`country\` text not null, \`city\` text not null, \`bio\` text null, \`verified\` integer not null default false, \`verified_by_id\` text null, \`verified_at\` datetime null, \`active\` integer not null default true, \`organization_id\` text null, \`updated_at\` datetime not null, constraint \`supporter_profiles_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, constraint \`supporter_profiles_verified_by_id_foreign\` foreign key(\`verified_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade, constraint \`supporter_profiles_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`supporter_profiles_user_id_unique\` on \`supporter_profiles\` (\`user_id\`);`);
    this.addSql(`create index \`supporter_profiles_verified_by_id_index\` on \`supporter_profiles\` (\`verified_by_id\`);`);
    this.addSql(`create index \`supporter_profiles_organization_id_index\` on \`supporter_profiles\` (\`organization_id\`);`);

    this.addSql(`create table \`sessions\` (\`id\` text not null, \`user_id\` text not null, \`token_hash\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`revoked_at\` datetime null, constraint \`sessions_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`sessions_user_id_index\` on \`sessions\` (\`user_id\`);`);
    this.addSql(`create unique index \`sessions_token_hash_unique\` on \`sessions\` (\`token_hash\`);`);
    this.addSql(`create index \`sessions_expires_at_index\` on \`sessions\` (\`expires_at\`);`);

    this.addSql(`create table \`organization_memberships\` (\`id\` text not null, \`organization_id\` text not null, \`user_id\` text not null, \`role\` text not null, \`joined_at\` datetime not null, constraint \`organization_memberships_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, constraint \`organization_memberships_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`organization_memberships_organization_id_index\` on \`organization_memberships\` (\`organization_id\`);`);
    this.addSql(`create index \`organization_memberships_user_id_index\` on \`organization_memberships\` (\`user_id\`);`);
    this.addSql(`create unique index \`organization_memberships_organization_id_user_id_unique\` on \`organization_memberships\` (\`organization_id\`, \`user_id\`);`);

    this.addSql(`create table \`entrepreneur_profiles\` (\`id\` text not null, \`user_id\` text not null, \`country_of_residence\` text not null, \`country_of_origin\` text null, \`city\` text not null, \`languages\` json not null, \`sector\` text null, \`business_stage\` text not null, \`business_description\` text null, \`modalities\` json not null, \`availability\` json not null, \`updated_at\` datetime not null, constraint \`entrepreneur_profiles_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`entrepreneur_profiles_user_id_unique\` on \`entrepreneur_profiles\` (\`user_id\`);`);

    this.addSql(`create table \`audit_entries\` (\`id\` text not null, \`actor_id\` text null, \`action\` text not null, \`subject_type\` text not null, \`subject_id\` text null, \`details\` json not null, \`request_id\` text null, \`created_at\` datetime not null, constraint \`audit_entries_actor_id_foreign\` foreign key(\`actor_id\`) references \`users\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`audit_entries_actor_id_index\` on \`audit_entries\` (\`actor_id\`);`);
    this.addSql(`create index \`audit_entries_action_index\` on \`audit_entries\` (\`action\`);`);
    this.addSql(`create index \`audit_entries_created_at_index\` on \`audit_entries\` (\`created_at\`);`);
    this.addSql(`create index \`audit_entries_subject_type_subject_id_index\` on \`audit_entries\` (\`subject_type\`, \`subject_id\`);`);

    this.addSql(`create table \`user_roles\` (\`id\` text not null, \`user_id\` text not null, \`role\` text not null, \`granted_by_id\` text null, \`granted_at\` datetime not null, constraint \`user_roles_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, constraint \`user_roles_granted_by_id_foreign\` foreign key(\`granted_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`user_roles_user_id_index\` on \`user_roles\` (\`user_id\`);`);
    this.addSql(`create index \`user_roles_granted_by_id_index\` on \`user_roles\` (\`granted_by_id\`);`);
    this.addSql(`create unique index \`user_roles_user_id_role_unique\` on \`user_roles\` (\`user_id\`, \`role\`);`);
  }

}
