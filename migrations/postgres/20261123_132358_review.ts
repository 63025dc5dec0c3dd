import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_reviews_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published', 'rejected', 'withdrawn', 'retired');
  CREATE TABLE "reviews" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"doc_key" varchar NOT NULL,
  	"reviewed_collection" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"board_id" integer,
  	"state" "enum_reviews_state" NOT NULL,
  	"round" numeric NOT NULL,
  	"submitted_by_id" integer,
  	"review" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "review_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"doc_key" varchar NOT NULL,
  	"reviewed_collection" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"actor_id" integer,
  	"actor_roles" jsonb,
  	"action" varchar NOT NULL,
  	"from_state" varchar NOT NULL,
  	"to_state" varchar NOT NULL,
  	"round" numeric NOT NULL,
  	"decision" varchar,
  	"change_type" varchar,
  	"comment" varchar,
  	"content_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reviews_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_events_id" integer;
  ALTER TABLE "reviews" ADD CONSTRAINT "reviews_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reviews" ADD CONSTRAINT "reviews_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_events" ADD CONSTRAINT "review_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "reviews_doc_key_idx" ON "reviews" USING btree ("doc_key");
  CREATE INDEX "reviews_reviewed_collection_idx" ON "reviews" USING btree ("reviewed_collection");
  CREATE INDEX "reviews_document_id_idx" ON "reviews" USING btree ("document_id");
  CREATE INDEX "reviews_board_idx" ON "reviews" USING btree ("board_id");
  CREATE INDEX "reviews_state_idx" ON "reviews" USING btree ("state");
  CREATE INDEX "reviews_submitted_by_idx" ON "reviews" USING btree ("submitted_by_id");
  CREATE INDEX "reviews_updated_at_idx" ON "reviews" USING btree ("updated_at");
  CREATE INDEX "reviews_created_at_idx" ON "reviews" USING btree ("created_at");
  CREATE INDEX "review_events_doc_key_idx" ON "review_events" USING btree ("doc_key");
  CREATE INDEX "review_events_document_id_idx" ON "review_events" USING btree ("document_id");
  CREATE INDEX "review_events_actor_idx" ON "review_events" USING btree ("actor_id");
  CREATE INDEX "review_events_updated_at_idx" ON "review_events" USING btree ("updated_at");
  CREATE INDEX "review_events_created_at_idx" ON "review_events" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reviews_fk" FOREIGN KEY ("reviews_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_events_fk" FOREIGN KEY ("review_events_id") REFERENCES "public"."review_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_reviews_id_idx" ON "payload_locked_documents_rels" USING btree ("reviews_id");
  CREATE INDEX "payload_locked_documents_rels_review_events_id_idx" ON "payload_locked_documents_rels" USING btree ("review_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reviews" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_events" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "reviews" CASCADE;
  DROP TABLE "review_events" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reviews_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_events_fk";
  
  DROP INDEX "payload_locked_documents_rels_reviews_id_idx";
  DROP INDEX "payload_locked_documents_rels_review_events_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reviews_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_events_id";
  DROP TYPE "public"."enum_reviews_state";`)
}
