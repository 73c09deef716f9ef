import { Migration } from '@mikro-orm/migrations';

export class Migration20261129131849_voice_notes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "voice_notes" ("id" uuid not null, "conversation_id" uuid not null, "sender_id" uuid not null, "client_message_id" varchar(64) not null, "mime_type" varchar(16) not null, "duration_ms" int not null, "byte_size" int not null, "audio" bytea not null, "created_at" timestamptz not null, constraint "voice_notes_pkey" primary key ("id"));`);
    this.addSql(`create index "voice_notes_conversation_id_client_message_id_index" on "voice_notes" ("conversation_id", "client_message_id");`);
    this.addSql(`alter table "voice_notes" add constraint "voice_notes_sender_id_client_message_id_unique" unique ("sender_id", "client_message_id");`);

    this.addSql(`alter table "voice_notes" add constraint "voice_notes_conversation_id_foreign" foreign key ("conversation_id") references "conversations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "voice_notes" add constraint "voice_notes_sender_id_foreign" foreign key ("sender_id") references "users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "voice_notes" cascade;`);
  }

}
