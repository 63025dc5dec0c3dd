import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`review_events\` ADD \`board_id\` integer REFERENCES boards(id);`)
  await db.run(sql`CREATE INDEX \`review_events_board_idx\` ON \`review_events\` (\`board_id\`);`)
  // Events recorded before: the board responsible for their document now.
  for (const table of ['summaries', 'stages', 'treatments', 'drugs', 'references']) {
    await db.run(
      sql.raw(
        `UPDATE review_events SET board_id = (SELECT board_id FROM "${table}" WHERE "${table}".id = CAST(review_events.document_id AS INTEGER)) WHERE reviewed_collection = '${table}' AND board_id IS NULL;`,
      ),
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_review_events\` (
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
  await db.run(sql`INSERT INTO \`__new_review_events\`("id", "doc_key", "reviewed_collection", "document_id", "actor_id", "actor_roles", "action", "from_state", "to_state", "round", "decision", "change_type", "comment", "content_hash", "updated_at", "created_at") SELECT "id", "doc_key", "reviewed_collection", "document_id", "actor_id", "actor_roles", "action", "from_state", "to_state", "round", "decision", "change_type", "comment", "content_hash", "updated_at", "created_at" FROM \`review_events\`;`)
  await db.run(sql`DROP TABLE \`review_events\`;`)
  await db.run(sql`ALTER TABLE \`__new_review_events\` RENAME TO \`review_events\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`review_events_doc_key_idx\` ON \`review_events\` (\`doc_key\`);`)
  await db.run(sql`CREATE INDEX \`review_events_document_id_idx\` ON \`review_events\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_actor_idx\` ON \`review_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_updated_at_idx\` ON \`review_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_events_created_at_idx\` ON \`review_events\` (\`created_at\`);`)
}
