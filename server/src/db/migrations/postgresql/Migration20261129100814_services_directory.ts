import { Migration } from '@mikro-orm/migrations';

export class Migration20261129100814_services_directory extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "service_entries" ("id" uuid not null, "country" varchar(2) not null, "languages" jsonb not null, "language_tags" varchar(200) not null, "category" varchar(30) not null, "name" varchar(120) not null, "description" varchar(600) not null, "phone" varchar(30) null, "website" varchar(300) null, "address" varchar(300) null, "hours" varchar(200) null, "emergency" boolean not null default false, "is_example" boolean not null default false, "organization_id" uuid null, "search_text" text not null, "archived_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "service_entries_pkey" primary key ("id"));`);
    this.addSql(`create index "service_entries_country_archived_at_index" on "service_entries" ("country", "archived_at");`);

    this.addSql(`alter table "service_entries" add constraint "service_entries_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "service_entries" cascade;`);
  }

}
