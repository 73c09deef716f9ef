import { Migration } from '@mikro-orm/migrations';

export class Migration20261129120537_workshops extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`workshops\` (\`id\` text not null, \`organizer_id\` text not null, \`title\` text not null, \`description\` text not null, \`topic\` text not null, \`language\` text not null, \`starts_at\` datetime not null, \`ends_at\` datetime not null, \`duration_minutes\` integer not null, \`time_zone\` text not null, \`modality\` text not null, \`meeting_link\` text null, \`place\` text null, \`city\` text null, \`country\` text null, \`seats\` integer not null, \`confirmed_count\` integer not null default 0, \`waiting_count\` integer not null default 0, \`status\` text not null default 'PUBLISHED', \`cancelled_at\` datetime null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`workshops_organizer_id_foreign\` foreign key(\`organizer_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`workshops_organizer_id_index\` on \`workshops\` (\`organizer_id\`);`);
    this.addSql(`create index \`workshops_organizer_id_starts_at_index\` on \`workshops\` (\`organizer_id\`, \`starts_at\`);`);
    this.addSql(`create index \`workshops_status_ends_at_index\` on \`workshops\` (\`status\`, \`ends_at\`);`);

    this.addSql(`create table \`workshop_registrations\` (\`id\` text not null, \`workshop_id\` text not null, \`participant_id\` text not null, \`status\` text not null, \`queued_at\` datetime not null, \`confirmed_at\` datetime null, \`cancelled_at\` datetime null, \`attendance\` text not null default 'UNKNOWN', \`attendance_recorded_at\` datetime null, \`reminder_sent_at\` datetime null, constraint \`workshop_registrations_workshop_id_foreign\` foreign key(\`workshop_id\`) references \`workshops\`(\`id\`) on delete cascade on update cascade, constraint \`workshop_registrations_participant_id_foreign\` foreign key(\`participant_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`workshop_registrations_workshop_id_index\` on \`workshop_registrations\` (\`workshop_id\`);`);
    this.addSql(`create index \`workshop_registrations_participant_id_index\` on \`workshop_registrations\` (\`participant_id\`);`);
    this.addSql(`create index \`workshop_registrations_status_reminder_sent_at_index\` on \`workshop_registrations\` (\`status\`, \`reminder_sent_at\`);`);
    this.addSql(`create index \`workshop_registrations_participant_id_status_index\` on \`workshop_registrations\` (\`participant_id\`, \`status\`);`);
    this.addSql(`create index \`workshop_registrations_workshop_id_status_queued_at_index\` on \`workshop_registrations\` (\`workshop_id\`, \`status\`, \`queued_at\`);`);
    this.addSql(`create unique index \`workshop_registrations_workshop_id_participant_id_unique\` on \`workshop_registrations\` (\`workshop_id\`, \`participant_id\`);`);
  }

}
