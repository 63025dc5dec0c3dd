import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`boards\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`description\` text,
  	\`quorum\` numeric DEFAULT 2 NOT NULL,
  	\`auto_publish\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`boards_name_idx\` ON \`boards\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`boards_slug_idx\` ON \`boards\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`boards_updated_at_idx\` ON \`boards\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`boards_created_at_idx\` ON \`boards\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`boards_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`boards\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`boards_rels_order_idx\` ON \`boards_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`boards_rels_parent_idx\` ON \`boards_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`boards_rels_path_idx\` ON \`boards_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`boards_rels_users_id_idx\` ON \`boards_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`summaries_sections_key_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`summaries_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`summaries_sections_key_points_order_idx\` ON \`summaries_sections_key_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`summaries_sections_key_points_parent_id_idx\` ON \`summaries_sections_key_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`summaries_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`section_type\` text DEFAULT 'other',
  	\`body\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`summaries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`summaries_sections_order_idx\` ON \`summaries_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`summaries_sections_parent_id_idx\` ON \`summaries_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`summaries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`audience\` text DEFAULT 'patient',
  	\`language\` text DEFAULT 'en',
  	\`summary_type\` text,
  	\`cancer_type\` text,
  	\`description\` text,
  	\`translation_of_id\` integer,
  	\`patient_version_of_id\` integer,
  	\`last_comprehensive_review_at\` text,
  	\`next_comprehensive_review_at\` text,
  	\`board_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`translation_of_id\`) REFERENCES \`summaries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`patient_version_of_id\`) REFERENCES \`summaries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`board_id\`) REFERENCES \`boards\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`summaries_slug_idx\` ON \`summaries\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`summaries_translation_of_idx\` ON \`summaries\` (\`translation_of_id\`);`)
  await db.run(sql`CREATE INDEX \`summaries_patient_version_of_idx\` ON \`summaries\` (\`patient_version_of_id\`);`)
  await db.run(sql`CREATE INDEX \`summaries_board_idx\` ON \`summaries\` (\`board_id\`);`)
  await db.run(sql`CREATE INDEX \`summaries_updated_at_idx\` ON \`summaries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`summaries_created_at_idx\` ON \`summaries\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`summaries__status_idx\` ON \`summaries\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`summaries_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`stages_id\` integer,
  	\`treatments_id\` integer,
  	\`drugs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`summaries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stages_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`treatments_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`drugs_id\`) REFERENCES \`drugs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`summaries_rels_order_idx\` ON \`summaries_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`summaries_rels_parent_idx\` ON \`summaries_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`summaries_rels_path_idx\` ON \`summaries_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`summaries_rels_stages_id_idx\` ON \`summaries_rels\` (\`stages_id\`);`)
  await db.run(sql`CREATE INDEX \`summaries_rels_treatments_id_idx\` ON \`summaries_rels\` (\`treatments_id\`);`)
  await db.run(sql`CREATE INDEX \`summaries_rels_drugs_id_idx\` ON \`summaries_rels\` (\`drugs_id\`);`)
  await db.run(sql`CREATE TABLE \`_summaries_v_version_sections_key_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_summaries_v_version_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_summaries_v_version_sections_key_points_order_idx\` ON \`_summaries_v_version_sections_key_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_summaries_v_version_sections_key_points_parent_id_idx\` ON \`_summaries_v_version_sections_key_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_summaries_v_version_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`section_type\` text DEFAULT 'other',
  	\`body\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_summaries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_summaries_v_version_sections_order_idx\` ON \`_summaries_v_version_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_summaries_v_version_sections_parent_id_idx\` ON \`_summaries_v_version_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_summaries_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_audience\` text DEFAULT 'patient',
  	\`version_language\` text DEFAULT 'en',
  	\`version_summary_type\` text,
  	\`version_cancer_type\` text,
  	\`version_description\` text,
  	\`version_translation_of_id\` integer,
  	\`version_patient_version_of_id\` integer,
  	\`version_last_comprehensive_review_at\` text,
  	\`version_next_comprehensive_review_at\` text,
  	\`version_board_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`summaries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_translation_of_id\`) REFERENCES \`summaries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_patient_version_of_id\`) REFERENCES \`summaries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_board_id\`) REFERENCES \`boards\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_summaries_v_parent_idx\` ON \`_summaries_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_summaries_v_version_version_slug_idx\` ON \`_summaries_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_summaries_v_version_version_translation_of_idx\` ON \`_summaries_v\` (\`version_translation_of_id\`);`)
  await db.run(sql`CREATE INDEX \`_summaries_v_version_version_patient_version_of_idx\` ON \`_summaries_v\` (\`version_patient_version_of_id\`);`)
  await db.run(sql`CREATE INDEX \`_summaries_v_version_version_board_idx\` ON \`_summaries_v\` (\`version_board_id\`);`)
  await db.run(sql`CREATE INDEX \`_summaries_v_version_version_updated_at_idx\` ON \`_summaries_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_summaries_v_version_version_created_at_idx\` ON \`_summaries_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_summaries_v_version_version__status_idx\` ON \`_summaries_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_summaries_v_created_at_idx\` ON \`_summaries_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_summaries_v_updated_at_idx\` ON \`_summaries_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_summaries_v_latest_idx\` ON \`_summaries_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_summaries_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`stages_id\` integer,
  	\`treatments_id\` integer,
  	\`drugs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_summaries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stages_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`treatments_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`drugs_id\`) REFERENCES \`drugs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_summaries_v_rels_order_idx\` ON \`_summaries_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_summaries_v_rels_parent_idx\` ON \`_summaries_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_summaries_v_rels_path_idx\` ON \`_summaries_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_summaries_v_rels_stages_id_idx\` ON \`_summaries_v_rels\` (\`stages_id\`);`)
  await db.run(sql`CREATE INDEX \`_summaries_v_rels_treatments_id_idx\` ON \`_summaries_v_rels\` (\`treatments_id\`);`)
  await db.run(sql`CREATE INDEX \`_summaries_v_rels_drugs_id_idx\` ON \`_summaries_v_rels\` (\`drugs_id\`);`)
  await db.run(sql`CREATE TABLE \`stages_criteria_grades\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stages_criteria\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stages_criteria_grades_order_idx\` ON \`stages_criteria_grades\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`stages_criteria_grades_parent_idx\` ON \`stages_criteria_grades\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`stages_criteria\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`size_min_cm\` numeric,
  	\`size_max_cm\` numeric,
  	\`nodes\` text DEFAULT 'N0',
  	\`metastasis\` text DEFAULT 'M0',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stages_criteria_order_idx\` ON \`stages_criteria\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`stages_criteria_parent_id_idx\` ON \`stages_criteria\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`stages_treatment_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`treatment_id\` integer,
  	\`note\` text,
  	FOREIGN KEY (\`treatment_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stages_treatment_options_order_idx\` ON \`stages_treatment_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`stages_treatment_options_parent_id_idx\` ON \`stages_treatment_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`stages_treatment_options_treatment_idx\` ON \`stages_treatment_options\` (\`treatment_id\`);`)
  await db.run(sql`CREATE TABLE \`stages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`system\` text,
  	\`code\` text,
  	\`title\` text,
  	\`slug\` text,
  	\`description\` text,
  	\`board_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`board_id\`) REFERENCES \`boards\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`stages_slug_idx\` ON \`stages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`stages_board_idx\` ON \`stages\` (\`board_id\`);`)
  await db.run(sql`CREATE INDEX \`stages_updated_at_idx\` ON \`stages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`stages_created_at_idx\` ON \`stages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`stages__status_idx\` ON \`stages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_stages_v_version_criteria_grades\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_stages_v_version_criteria\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stages_v_version_criteria_grades_order_idx\` ON \`_stages_v_version_criteria_grades\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_version_criteria_grades_parent_idx\` ON \`_stages_v_version_criteria_grades\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_stages_v_version_criteria\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`size_min_cm\` numeric,
  	\`size_max_cm\` numeric,
  	\`nodes\` text DEFAULT 'N0',
  	\`metastasis\` text DEFAULT 'M0',
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_stages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stages_v_version_criteria_order_idx\` ON \`_stages_v_version_criteria\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_version_criteria_parent_id_idx\` ON \`_stages_v_version_criteria\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_stages_v_version_treatment_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`treatment_id\` integer,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`treatment_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_stages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stages_v_version_treatment_options_order_idx\` ON \`_stages_v_version_treatment_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_version_treatment_options_parent_id_idx\` ON \`_stages_v_version_treatment_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_version_treatment_options_treatment_idx\` ON \`_stages_v_version_treatment_options\` (\`treatment_id\`);`)
  await db.run(sql`CREATE TABLE \`_stages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_system\` text,
  	\`version_code\` text,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_description\` text,
  	\`version_board_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_board_id\`) REFERENCES \`boards\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_stages_v_parent_idx\` ON \`_stages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_version_version_slug_idx\` ON \`_stages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_version_version_board_idx\` ON \`_stages_v\` (\`version_board_id\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_version_version_updated_at_idx\` ON \`_stages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_version_version_created_at_idx\` ON \`_stages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_version_version__status_idx\` ON \`_stages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_created_at_idx\` ON \`_stages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_updated_at_idx\` ON \`_stages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_stages_v_latest_idx\` ON \`_stages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`treatments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`modality\` text,
  	\`description\` text,
  	\`board_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`board_id\`) REFERENCES \`boards\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`treatments_slug_idx\` ON \`treatments\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`treatments_board_idx\` ON \`treatments\` (\`board_id\`);`)
  await db.run(sql`CREATE INDEX \`treatments_updated_at_idx\` ON \`treatments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`treatments_created_at_idx\` ON \`treatments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`treatments__status_idx\` ON \`treatments\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`treatments_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`drugs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`drugs_id\`) REFERENCES \`drugs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`treatments_rels_order_idx\` ON \`treatments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`treatments_rels_parent_idx\` ON \`treatments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`treatments_rels_path_idx\` ON \`treatments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`treatments_rels_drugs_id_idx\` ON \`treatments_rels\` (\`drugs_id\`);`)
  await db.run(sql`CREATE TABLE \`_treatments_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_modality\` text,
  	\`version_description\` text,
  	\`version_board_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_board_id\`) REFERENCES \`boards\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_treatments_v_parent_idx\` ON \`_treatments_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_version_slug_idx\` ON \`_treatments_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_version_board_idx\` ON \`_treatments_v\` (\`version_board_id\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_version_updated_at_idx\` ON \`_treatments_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_version_created_at_idx\` ON \`_treatments_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_version__status_idx\` ON \`_treatments_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_created_at_idx\` ON \`_treatments_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_updated_at_idx\` ON \`_treatments_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_latest_idx\` ON \`_treatments_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_treatments_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`drugs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_treatments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`drugs_id\`) REFERENCES \`drugs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_treatments_v_rels_order_idx\` ON \`_treatments_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_rels_parent_idx\` ON \`_treatments_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_rels_path_idx\` ON \`_treatments_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_rels_drugs_id_idx\` ON \`_treatments_v_rels\` (\`drugs_id\`);`)
  await db.run(sql`CREATE TABLE \`drugs_brand_names\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`drugs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`drugs_brand_names_order_idx\` ON \`drugs_brand_names\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`drugs_brand_names_parent_id_idx\` ON \`drugs_brand_names\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`drugs_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`indication\` text,
  	\`status\` text,
  	\`authority\` text DEFAULT 'FDA',
  	\`year\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`drugs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`drugs_approvals_order_idx\` ON \`drugs_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`drugs_approvals_parent_id_idx\` ON \`drugs_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`drugs_side_effects\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`effect\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`drugs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`drugs_side_effects_order_idx\` ON \`drugs_side_effects\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`drugs_side_effects_parent_id_idx\` ON \`drugs_side_effects\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`drugs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`drug_class\` text,
  	\`mechanism\` text,
  	\`route\` text,
  	\`board_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`board_id\`) REFERENCES \`boards\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`drugs_slug_idx\` ON \`drugs\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`drugs_board_idx\` ON \`drugs\` (\`board_id\`);`)
  await db.run(sql`CREATE INDEX \`drugs_updated_at_idx\` ON \`drugs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`drugs_created_at_idx\` ON \`drugs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`drugs__status_idx\` ON \`drugs\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`drugs_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`references_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`drugs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`references_id\`) REFERENCES \`references\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`drugs_rels_order_idx\` ON \`drugs_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`drugs_rels_parent_idx\` ON \`drugs_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`drugs_rels_path_idx\` ON \`drugs_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`drugs_rels_references_id_idx\` ON \`drugs_rels\` (\`references_id\`);`)
  await db.run(sql`CREATE TABLE \`_drugs_v_version_brand_names\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_drugs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_drugs_v_version_brand_names_order_idx\` ON \`_drugs_v_version_brand_names\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_drugs_v_version_brand_names_parent_id_idx\` ON \`_drugs_v_version_brand_names\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_drugs_v_version_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`indication\` text,
  	\`status\` text,
  	\`authority\` text DEFAULT 'FDA',
  	\`year\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_drugs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_drugs_v_version_approvals_order_idx\` ON \`_drugs_v_version_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_drugs_v_version_approvals_parent_id_idx\` ON \`_drugs_v_version_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_drugs_v_version_side_effects\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`effect\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_drugs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_drugs_v_version_side_effects_order_idx\` ON \`_drugs_v_version_side_effects\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_drugs_v_version_side_effects_parent_id_idx\` ON \`_drugs_v_version_side_effects\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_drugs_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_drug_class\` text,
  	\`version_mechanism\` text,
  	\`version_route\` text,
  	\`version_board_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`drugs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_board_id\`) REFERENCES \`boards\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_drugs_v_parent_idx\` ON \`_drugs_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_drugs_v_version_version_slug_idx\` ON \`_drugs_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_drugs_v_version_version_board_idx\` ON \`_drugs_v\` (\`version_board_id\`);`)
  await db.run(sql`CREATE INDEX \`_drugs_v_version_version_updated_at_idx\` ON \`_drugs_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_drugs_v_version_version_created_at_idx\` ON \`_drugs_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_drugs_v_version_version__status_idx\` ON \`_drugs_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_drugs_v_created_at_idx\` ON \`_drugs_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_drugs_v_updated_at_idx\` ON \`_drugs_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_drugs_v_latest_idx\` ON \`_drugs_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_drugs_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`references_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_drugs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`references_id\`) REFERENCES \`references\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_drugs_v_rels_order_idx\` ON \`_drugs_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_drugs_v_rels_parent_idx\` ON \`_drugs_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_drugs_v_rels_path_idx\` ON \`_drugs_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_drugs_v_rels_references_id_idx\` ON \`_drugs_v_rels\` (\`references_id\`);`)
  await db.run(sql`CREATE TABLE \`references_authors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`references\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`references_authors_order_idx\` ON \`references_authors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`references_authors_parent_id_idx\` ON \`references_authors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`references_editors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`references\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`references_editors_order_idx\` ON \`references_editors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`references_editors_parent_id_idx\` ON \`references_editors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`references\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'journal-article',
  	\`title\` text,
  	\`slug\` text,
  	\`journal\` text,
  	\`book_title\` text,
  	\`edition\` text,
  	\`publisher\` text,
  	\`publisher_place\` text,
  	\`year\` numeric,
  	\`volume\` text,
  	\`issue\` text,
  	\`pages\` text,
  	\`pmid\` text,
  	\`doi\` text,
  	\`url\` text,
  	\`accessed_at\` text,
  	\`last_reviewed_at\` text,
  	\`last_reviewed_by_id\` integer,
  	\`key_reference\` integer DEFAULT false,
  	\`retracted\` integer DEFAULT false,
  	\`citation\` text,
  	\`board_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`last_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`board_id\`) REFERENCES \`boards\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`references_slug_idx\` ON \`references\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`references_pmid_idx\` ON \`references\` (\`pmid\`);`)
  await db.run(sql`CREATE INDEX \`references_last_reviewed_by_idx\` ON \`references\` (\`last_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`references_board_idx\` ON \`references\` (\`board_id\`);`)
  await db.run(sql`CREATE INDEX \`references_updated_at_idx\` ON \`references\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`references_created_at_idx\` ON \`references\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`references__status_idx\` ON \`references\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_references_v_version_authors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_references_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_references_v_version_authors_order_idx\` ON \`_references_v_version_authors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_references_v_version_authors_parent_id_idx\` ON \`_references_v_version_authors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_references_v_version_editors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_references_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_references_v_version_editors_order_idx\` ON \`_references_v_version_editors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_references_v_version_editors_parent_id_idx\` ON \`_references_v_version_editors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_references_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text DEFAULT 'journal-article',
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_journal\` text,
  	\`version_book_title\` text,
  	\`version_edition\` text,
  	\`version_publisher\` text,
  	\`version_publisher_place\` text,
  	\`version_year\` numeric,
  	\`version_volume\` text,
  	\`version_issue\` text,
  	\`version_pages\` text,
  	\`version_pmid\` text,
  	\`version_doi\` text,
  	\`version_url\` text,
  	\`version_accessed_at\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_last_reviewed_by_id\` integer,
  	\`version_key_reference\` integer DEFAULT false,
  	\`version_retracted\` integer DEFAULT false,
  	\`version_citation\` text,
  	\`version_board_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`references\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_board_id\`) REFERENCES \`boards\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_references_v_parent_idx\` ON \`_references_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_references_v_version_version_slug_idx\` ON \`_references_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_references_v_version_version_pmid_idx\` ON \`_references_v\` (\`version_pmid\`);`)
  await db.run(sql`CREATE INDEX \`_references_v_version_version_last_reviewed_by_idx\` ON \`_references_v\` (\`version_last_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_references_v_version_version_board_idx\` ON \`_references_v\` (\`version_board_id\`);`)
  await db.run(sql`CREATE INDEX \`_references_v_version_version_updated_at_idx\` ON \`_references_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_references_v_version_version_created_at_idx\` ON \`_references_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_references_v_version_version__status_idx\` ON \`_references_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_references_v_created_at_idx\` ON \`_references_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_references_v_updated_at_idx\` ON \`_references_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_references_v_latest_idx\` ON \`_references_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`boards_id\` integer,
  	\`summaries_id\` integer,
  	\`stages_id\` integer,
  	\`treatments_id\` integer,
  	\`drugs_id\` integer,
  	\`references_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`boards_id\`) REFERENCES \`boards\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`summaries_id\`) REFERENCES \`summaries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stages_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`treatments_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`drugs_id\`) REFERENCES \`drugs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`references_id\`) REFERENCES \`references\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_boards_id_idx\` ON \`payload_locked_documents_rels\` (\`boards_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_summaries_id_idx\` ON \`payload_locked_documents_rels\` (\`summaries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stages_id_idx\` ON \`payload_locked_documents_rels\` (\`stages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_treatments_id_idx\` ON \`payload_locked_documents_rels\` (\`treatments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_drugs_id_idx\` ON \`payload_locked_documents_rels\` (\`drugs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_references_id_idx\` ON \`payload_locked_documents_rels\` (\`references_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`editorial_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`default_board_id\` integer,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`default_board_id\`) REFERENCES \`boards\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`editorial_settings_default_board_idx\` ON \`editorial_settings\` (\`default_board_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`boards\`;`)
  await db.run(sql`DROP TABLE \`boards_rels\`;`)
  await db.run(sql`DROP TABLE \`summaries_sections_key_points\`;`)
  await db.run(sql`DROP TABLE \`summaries_sections\`;`)
  await db.run(sql`DROP TABLE \`summaries\`;`)
  await db.run(sql`DROP TABLE \`summaries_rels\`;`)
  await db.run(sql`DROP TABLE \`_summaries_v_version_sections_key_points\`;`)
  await db.run(sql`DROP TABLE \`_summaries_v_version_sections\`;`)
  await db.run(sql`DROP TABLE \`_summaries_v\`;`)
  await db.run(sql`DROP TABLE \`_summaries_v_rels\`;`)
  await db.run(sql`DROP TABLE \`stages_criteria_grades\`;`)
  await db.run(sql`DROP TABLE \`stages_criteria\`;`)
  await db.run(sql`DROP TABLE \`stages_treatment_options\`;`)
  await db.run(sql`DROP TABLE \`stages\`;`)
  await db.run(sql`DROP TABLE \`_stages_v_version_criteria_grades\`;`)
  await db.run(sql`DROP TABLE \`_stages_v_version_criteria\`;`)
  await db.run(sql`DROP TABLE \`_stages_v_version_treatment_options\`;`)
  await db.run(sql`DROP TABLE \`_stages_v\`;`)
  await db.run(sql`DROP TABLE \`treatments\`;`)
  await db.run(sql`DROP TABLE \`treatments_rels\`;`)
  await db.run(sql`DROP TABLE \`_treatments_v\`;`)
  await db.run(sql`DROP TABLE \`_treatments_v_rels\`;`)
  await db.run(sql`DROP TABLE \`drugs_brand_names\`;`)
  await db.run(sql`DROP TABLE \`drugs_approvals\`;`)
  await db.run(sql`DROP TABLE \`drugs_side_effects\`;`)
  await db.run(sql`DROP TABLE \`drugs\`;`)
  await db.run(sql`DROP TABLE \`drugs_rels\`;`)
  await db.run(sql`DROP TABLE \`_drugs_v_version_brand_names\`;`)
  await db.run(sql`DROP TABLE \`_drugs_v_version_approvals\`;`)
  await db.run(sql`DROP TABLE \`_drugs_v_version_side_effects\`;`)
  await db.run(sql`DROP TABLE \`_drugs_v\`;`)
  await db.run(sql`DROP TABLE \`_drugs_v_rels\`;`)
  await db.run(sql`DROP TABLE \`references_authors\`;`)
  await db.run(sql`DROP TABLE \`references_editors\`;`)
  await db.run(sql`DROP TABLE \`references\`;`)
  await db.run(sql`DROP TABLE \`_references_v_version_authors\`;`)
  await db.run(sql`DROP TABLE \`_references_v_version_editors\`;`)
  await db.run(sql`DROP TABLE \`_references_v\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`editorial_settings\`;`)
}
