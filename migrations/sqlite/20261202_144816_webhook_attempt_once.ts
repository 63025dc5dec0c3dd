import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE UNIQUE INDEX \`eventId_subscription_attempt_idx\` ON \`webhook_deliveries\` (\`event_id\`,\`subscription_id\`,\`attempt\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`eventId_subscription_attempt_idx\`;`)
}
