import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`reviews\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`doc_key\` text NOT NULL,
  	\`reviewed_collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`board_id\` integer,
  	\`state\` text NOT NULL,
  	\`round\` numeric NOT NULL,
  	\`submitted_by_id\` integer,
  	\`review\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`board_id\`) REFERENCES \`boards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`reviews_doc_key_idx\` ON \`reviews\` (\`doc_key\`);`)
  await db.run(sql`CREATE INDEX \`reviews_reviewed_collection_idx\` ON \`reviews\` (\`reviewed_collection\`);`)
  await db.run(sql`CREATE INDEX \`reviews_document_id_idx\` ON \`reviews\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_board_idx\` ON \`reviews\` (\`board_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_state_idx\` ON \`reviews\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`reviews_submitted_by_idx\` ON \`reviews\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_updated_at_idx\` ON \`reviews\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reviews_created_at_idx\` ON \`reviews\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`review_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`doc_key\` text NOT NULL,
  	\`reviewed_collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`actor_id\` integer,
  	\`actor_roles\` text,
  	\`action\` text NOT NULL,
  	\`from_state\` text NOT NULL,
  	\`to_state\` text NOT NULL,
  	\`round\` numeric NOT NULL,
  	\`decision\` text,
  	\`change_type\` text,
  	\`comment\` text,
  	\`content_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`review_events_doc_key_idx\` ON \`review_events\` (\`doc_key\`);`)
  await db.run(sql`CREATE INDEX \`review_events_document_id_idx\` ON \`review_events\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_actor_idx\` ON \`review_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_updated_at_idx\` ON \`review_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_events_created_at_idx\` ON \`review_events\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`reviews_id\` integer REFERENCES reviews(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`review_events_id\` integer REFERENCES review_events(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`reviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_events_id_idx\` ON \`payload_locked_documents_rels\` (\`review_events_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`reviews\`;`)
  await db.run(sql`DROP TABLE \`review_events\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "boards_id", "summaries_id", "stages_id", "treatments_id", "drugs_id", "references_id") SELECT "id", "order", "parent_id", "path", "users_id", "boards_id", "summaries_id", "stages_id", "treatments_id", "drugs_id", "references_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
}
