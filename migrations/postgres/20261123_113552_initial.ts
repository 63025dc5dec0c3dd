import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'writer', 'reviewer');
  CREATE TYPE "public"."enum_summaries_sections_section_type" AS ENUM('general-information', 'stages', 'treatment-overview', 'treatment-by-stage', 'recurrent', 'learn-more', 'about-this-summary', 'other');
  CREATE TYPE "public"."enum_summaries_audience" AS ENUM('patient', 'health-professional');
  CREATE TYPE "public"."enum_summaries_language" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_summaries_summary_type" AS ENUM('treatment', 'supportive-care', 'screening', 'prevention', 'genetics', 'integrative');
  CREATE TYPE "public"."enum_summaries_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__summaries_v_version_sections_section_type" AS ENUM('general-information', 'stages', 'treatment-overview', 'treatment-by-stage', 'recurrent', 'learn-more', 'about-this-summary', 'other');
  CREATE TYPE "public"."enum__summaries_v_version_audience" AS ENUM('patient', 'health-professional');
  CREATE TYPE "public"."enum__summaries_v_version_language" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum__summaries_v_version_summary_type" AS ENUM('treatment', 'supportive-care', 'screening', 'prevention', 'genetics', 'integrative');
  CREATE TYPE "public"."enum__summaries_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_stages_criteria_grades" AS ENUM('low', 'mid', 'high', 'unknown');
  CREATE TYPE "public"."enum_stages_criteria_nodes" AS ENUM('N0', 'N1', 'any');
  CREATE TYPE "public"."enum_stages_criteria_metastasis" AS ENUM('M0', 'M1', 'any');
  CREATE TYPE "public"."enum_stages_system" AS ENUM('trunk-extremities', 'retroperitoneum');
  CREATE TYPE "public"."enum_stages_code" AS ENUM('IA', 'IB', 'II', 'IIIA', 'IIIB', 'IV');
  CREATE TYPE "public"."enum_stages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__stages_v_version_criteria_grades" AS ENUM('low', 'mid', 'high', 'unknown');
  CREATE TYPE "public"."enum__stages_v_version_criteria_nodes" AS ENUM('N0', 'N1', 'any');
  CREATE TYPE "public"."enum__stages_v_version_criteria_metastasis" AS ENUM('M0', 'M1', 'any');
  CREATE TYPE "public"."enum__stages_v_version_system" AS ENUM('trunk-extremities', 'retroperitoneum');
  CREATE TYPE "public"."enum__stages_v_version_code" AS ENUM('IA', 'IB', 'II', 'IIIA', 'IIIB', 'IV');
  CREATE TYPE "public"."enum__stages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_treatments_modality" AS ENUM('surgery', 'radiation', 'chemotherapy', 'targeted-therapy', 'immunotherapy', 'other');
  CREATE TYPE "public"."enum_treatments_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__treatments_v_version_modality" AS ENUM('surgery', 'radiation', 'chemotherapy', 'targeted-therapy', 'immunotherapy', 'other');
  CREATE TYPE "public"."enum__treatments_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_drugs_approvals_status" AS ENUM('approved', 'not-approved', 'clinical-trials');
  CREATE TYPE "public"."enum_drugs_route" AS ENUM('oral', 'intravenous', 'subcutaneous', 'intramuscular', 'topical', 'other');
  CREATE TYPE "public"."enum_drugs_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__drugs_v_version_approvals_status" AS ENUM('approved', 'not-approved', 'clinical-trials');
  CREATE TYPE "public"."enum__drugs_v_version_route" AS ENUM('oral', 'intravenous', 'subcutaneous', 'intramuscular', 'topical', 'other');
  CREATE TYPE "public"."enum__drugs_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_references_kind" AS ENUM('journal-article', 'book-chapter', 'guideline', 'web-page');
  CREATE TYPE "public"."enum_references_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__references_v_version_kind" AS ENUM('journal-article', 'book-chapter', 'guideline', 'web-page');
  CREATE TYPE "public"."enum__references_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "boards" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"description" varchar,
  	"quorum" numeric DEFAULT 2 NOT NULL,
  	"auto_publish" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "boards_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "summaries_sections_key_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "summaries_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"section_type" "enum_summaries_sections_section_type" DEFAULT 'other',
  	"body" jsonb
  );
  
  CREATE TABLE "summaries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"audience" "enum_summaries_audience" DEFAULT 'patient',
  	"language" "enum_summaries_language" DEFAULT 'en',
  	"summary_type" "enum_summaries_summary_type",
  	"cancer_type" varchar,
  	"description" varchar,
  	"translation_of_id" integer,
  	"patient_version_of_id" integer,
  	"last_comprehensive_review_at" timestamp(3) with time zone,
  	"next_comprehensive_review_at" timestamp(3) with time zone,
  	"board_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_summaries_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "summaries_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"stages_id" integer,
  	"treatments_id" integer,
  	"drugs_id" integer
  );
  
  CREATE TABLE "_summaries_v_version_sections_key_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_summaries_v_version_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"section_type" "enum__summaries_v_version_sections_section_type" DEFAULT 'other',
  	"body" jsonb,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_summaries_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_audience" "enum__summaries_v_version_audience" DEFAULT 'patient',
  	"version_language" "enum__summaries_v_version_language" DEFAULT 'en',
  	"version_summary_type" "enum__summaries_v_version_summary_type",
  	"version_cancer_type" varchar,
  	"version_description" varchar,
  	"version_translation_of_id" integer,
  	"version_patient_version_of_id" integer,
  	"version_last_comprehensive_review_at" timestamp(3) with time zone,
  	"version_next_comprehensive_review_at" timestamp(3) with time zone,
  	"version_board_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__summaries_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_summaries_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"stages_id" integer,
  	"treatments_id" integer,
  	"drugs_id" integer
  );
  
  CREATE TABLE "stages_criteria_grades" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_stages_criteria_grades",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "stages_criteria" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"size_min_cm" numeric,
  	"size_max_cm" numeric,
  	"nodes" "enum_stages_criteria_nodes" DEFAULT 'N0',
  	"metastasis" "enum_stages_criteria_metastasis" DEFAULT 'M0'
  );
  
  CREATE TABLE "stages_treatment_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"treatment_id" integer,
  	"note" varchar
  );
  
  CREATE TABLE "stages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"system" "enum_stages_system",
  	"code" "enum_stages_code",
  	"title" varchar,
  	"slug" varchar,
  	"description" varchar,
  	"board_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_stages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_stages_v_version_criteria_grades" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__stages_v_version_criteria_grades",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_stages_v_version_criteria" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"size_min_cm" numeric,
  	"size_max_cm" numeric,
  	"nodes" "enum__stages_v_version_criteria_nodes" DEFAULT 'N0',
  	"metastasis" "enum__stages_v_version_criteria_metastasis" DEFAULT 'M0',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_stages_v_version_treatment_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"treatment_id" integer,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_stages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_system" "enum__stages_v_version_system",
  	"version_code" "enum__stages_v_version_code",
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_description" varchar,
  	"version_board_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__stages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "treatments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"slug" varchar,
  	"modality" "enum_treatments_modality",
  	"description" varchar,
  	"board_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_treatments_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "treatments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"drugs_id" integer
  );
  
  CREATE TABLE "_treatments_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_slug" varchar,
  	"version_modality" "enum__treatments_v_version_modality",
  	"version_description" varchar,
  	"version_board_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__treatments_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_treatments_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"drugs_id" integer
  );
  
  CREATE TABLE "drugs_brand_names" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "drugs_approvals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"indication" varchar,
  	"status" "enum_drugs_approvals_status",
  	"authority" varchar DEFAULT 'FDA',
  	"year" numeric
  );
  
  CREATE TABLE "drugs_side_effects" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"effect" varchar
  );
  
  CREATE TABLE "drugs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"slug" varchar,
  	"drug_class" varchar,
  	"mechanism" varchar,
  	"route" "enum_drugs_route",
  	"board_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_drugs_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "drugs_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"references_id" integer
  );
  
  CREATE TABLE "_drugs_v_version_brand_names" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_drugs_v_version_approvals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"indication" varchar,
  	"status" "enum__drugs_v_version_approvals_status",
  	"authority" varchar DEFAULT 'FDA',
  	"year" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_drugs_v_version_side_effects" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"effect" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_drugs_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_slug" varchar,
  	"version_drug_class" varchar,
  	"version_mechanism" varchar,
  	"version_route" "enum__drugs_v_version_route",
  	"version_board_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__drugs_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_drugs_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"references_id" integer
  );
  
  CREATE TABLE "references_authors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "references_editors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "references" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_references_kind" DEFAULT 'journal-article',
  	"title" varchar,
  	"slug" varchar,
  	"journal" varchar,
  	"book_title" varchar,
  	"edition" varchar,
  	"publisher" varchar,
  	"publisher_place" varchar,
  	"year" numeric,
  	"volume" varchar,
  	"issue" varchar,
  	"pages" varchar,
  	"pmid" varchar,
  	"doi" varchar,
  	"url" varchar,
  	"accessed_at" timestamp(3) with time zone,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"last_reviewed_by_id" integer,
  	"key_reference" boolean DEFAULT false,
  	"retracted" boolean DEFAULT false,
  	"citation" varchar,
  	"board_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_references_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_references_v_version_authors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_references_v_version_editors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_references_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__references_v_version_kind" DEFAULT 'journal-article',
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_journal" varchar,
  	"version_book_title" varchar,
  	"version_edition" varchar,
  	"version_publisher" varchar,
  	"version_publisher_place" varchar,
  	"version_year" numeric,
  	"version_volume" varchar,
  	"version_issue" varchar,
  	"version_pages" varchar,
  	"version_pmid" varchar,
  	"version_doi" varchar,
  	"version_url" varchar,
  	"version_accessed_at" timestamp(3) with time zone,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_last_reviewed_by_id" integer,
  	"version_key_reference" boolean DEFAULT false,
  	"version_retracted" boolean DEFAULT false,
  	"version_citation" varchar,
  	"version_board_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__references_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"boards_id" integer,
  	"summaries_id" integer,
  	"stages_id" integer,
  	"treatments_id" integer,
  	"drugs_id" integer,
  	"references_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "editorial_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"default_board_id" integer,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "boards_rels" ADD CONSTRAINT "boards_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "boards_rels" ADD CONSTRAINT "boards_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "summaries_sections_key_points" ADD CONSTRAINT "summaries_sections_key_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."summaries_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "summaries_sections" ADD CONSTRAINT "summaries_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."summaries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "summaries" ADD CONSTRAINT "summaries_translation_of_id_summaries_id_fk" FOREIGN KEY ("translation_of_id") REFERENCES "public"."summaries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "summaries" ADD CONSTRAINT "summaries_patient_version_of_id_summaries_id_fk" FOREIGN KEY ("patient_version_of_id") REFERENCES "public"."summaries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "summaries" ADD CONSTRAINT "summaries_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "summaries_rels" ADD CONSTRAINT "summaries_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."summaries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "summaries_rels" ADD CONSTRAINT "summaries_rels_stages_fk" FOREIGN KEY ("stages_id") REFERENCES "public"."stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "summaries_rels" ADD CONSTRAINT "summaries_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "summaries_rels" ADD CONSTRAINT "summaries_rels_drugs_fk" FOREIGN KEY ("drugs_id") REFERENCES "public"."drugs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_summaries_v_version_sections_key_points" ADD CONSTRAINT "_summaries_v_version_sections_key_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_summaries_v_version_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_summaries_v_version_sections" ADD CONSTRAINT "_summaries_v_version_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_summaries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_summaries_v" ADD CONSTRAINT "_summaries_v_parent_id_summaries_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."summaries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_summaries_v" ADD CONSTRAINT "_summaries_v_version_translation_of_id_summaries_id_fk" FOREIGN KEY ("version_translation_of_id") REFERENCES "public"."summaries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_summaries_v" ADD CONSTRAINT "_summaries_v_version_patient_version_of_id_summaries_id_fk" FOREIGN KEY ("version_patient_version_of_id") REFERENCES "public"."summaries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_summaries_v" ADD CONSTRAINT "_summaries_v_version_board_id_boards_id_fk" FOREIGN KEY ("version_board_id") REFERENCES "public"."boards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_summaries_v_rels" ADD CONSTRAINT "_summaries_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_summaries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_summaries_v_rels" ADD CONSTRAINT "_summaries_v_rels_stages_fk" FOREIGN KEY ("stages_id") REFERENCES "public"."stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_summaries_v_rels" ADD CONSTRAINT "_summaries_v_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_summaries_v_rels" ADD CONSTRAINT "_summaries_v_rels_drugs_fk" FOREIGN KEY ("drugs_id") REFERENCES "public"."drugs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stages_criteria_grades" ADD CONSTRAINT "stages_criteria_grades_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."stages_criteria"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stages_criteria" ADD CONSTRAINT "stages_criteria_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stages_treatment_options" ADD CONSTRAINT "stages_treatment_options_treatment_id_treatments_id_fk" FOREIGN KEY ("treatment_id") REFERENCES "public"."treatments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stages_treatment_options" ADD CONSTRAINT "stages_treatment_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stages" ADD CONSTRAINT "stages_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stages_v_version_criteria_grades" ADD CONSTRAINT "_stages_v_version_criteria_grades_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_stages_v_version_criteria"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stages_v_version_criteria" ADD CONSTRAINT "_stages_v_version_criteria_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_stages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stages_v_version_treatment_options" ADD CONSTRAINT "_stages_v_version_treatment_options_treatment_id_treatments_id_fk" FOREIGN KEY ("treatment_id") REFERENCES "public"."treatments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stages_v_version_treatment_options" ADD CONSTRAINT "_stages_v_version_treatment_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_stages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stages_v" ADD CONSTRAINT "_stages_v_parent_id_stages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."stages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stages_v" ADD CONSTRAINT "_stages_v_version_board_id_boards_id_fk" FOREIGN KEY ("version_board_id") REFERENCES "public"."boards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "treatments" ADD CONSTRAINT "treatments_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "treatments_rels" ADD CONSTRAINT "treatments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatments_rels" ADD CONSTRAINT "treatments_rels_drugs_fk" FOREIGN KEY ("drugs_id") REFERENCES "public"."drugs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatments_v" ADD CONSTRAINT "_treatments_v_parent_id_treatments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."treatments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_treatments_v" ADD CONSTRAINT "_treatments_v_version_board_id_boards_id_fk" FOREIGN KEY ("version_board_id") REFERENCES "public"."boards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_treatments_v_rels" ADD CONSTRAINT "_treatments_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_treatments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatments_v_rels" ADD CONSTRAINT "_treatments_v_rels_drugs_fk" FOREIGN KEY ("drugs_id") REFERENCES "public"."drugs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "drugs_brand_names" ADD CONSTRAINT "drugs_brand_names_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."drugs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "drugs_approvals" ADD CONSTRAINT "drugs_approvals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."drugs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "drugs_side_effects" ADD CONSTRAINT "drugs_side_effects_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."drugs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "drugs" ADD CONSTRAINT "drugs_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "drugs_rels" ADD CONSTRAINT "drugs_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."drugs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "drugs_rels" ADD CONSTRAINT "drugs_rels_references_fk" FOREIGN KEY ("references_id") REFERENCES "public"."references"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_drugs_v_version_brand_names" ADD CONSTRAINT "_drugs_v_version_brand_names_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_drugs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_drugs_v_version_approvals" ADD CONSTRAINT "_drugs_v_version_approvals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_drugs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_drugs_v_version_side_effects" ADD CONSTRAINT "_drugs_v_version_side_effects_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_drugs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_drugs_v" ADD CONSTRAINT "_drugs_v_parent_id_drugs_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."drugs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_drugs_v" ADD CONSTRAINT "_drugs_v_version_board_id_boards_id_fk" FOREIGN KEY ("version_board_id") REFERENCES "public"."boards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_drugs_v_rels" ADD CONSTRAINT "_drugs_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_drugs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_drugs_v_rels" ADD CONSTRAINT "_drugs_v_rels_references_fk" FOREIGN KEY ("references_id") REFERENCES "public"."references"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "references_authors" ADD CONSTRAINT "references_authors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."references"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "references_editors" ADD CONSTRAINT "references_editors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."references"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "references" ADD CONSTRAINT "references_last_reviewed_by_id_users_id_fk" FOREIGN KEY ("last_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "references" ADD CONSTRAINT "references_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_references_v_version_authors" ADD CONSTRAINT "_references_v_version_authors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_references_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_references_v_version_editors" ADD CONSTRAINT "_references_v_version_editors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_references_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_references_v" ADD CONSTRAINT "_references_v_parent_id_references_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."references"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_references_v" ADD CONSTRAINT "_references_v_version_last_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_last_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_references_v" ADD CONSTRAINT "_references_v_version_board_id_boards_id_fk" FOREIGN KEY ("version_board_id") REFERENCES "public"."boards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_boards_fk" FOREIGN KEY ("boards_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_summaries_fk" FOREIGN KEY ("summaries_id") REFERENCES "public"."summaries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stages_fk" FOREIGN KEY ("stages_id") REFERENCES "public"."stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_drugs_fk" FOREIGN KEY ("drugs_id") REFERENCES "public"."drugs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_references_fk" FOREIGN KEY ("references_id") REFERENCES "public"."references"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "editorial_settings" ADD CONSTRAINT "editorial_settings_default_board_id_boards_id_fk" FOREIGN KEY ("default_board_id") REFERENCES "public"."boards"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "boards_name_idx" ON "boards" USING btree ("name");
  CREATE UNIQUE INDEX "boards_slug_idx" ON "boards" USING btree ("slug");
  CREATE INDEX "boards_updated_at_idx" ON "boards" USING btree ("updated_at");
  CREATE INDEX "boards_created_at_idx" ON "boards" USING btree ("created_at");
  CREATE INDEX "boards_rels_order_idx" ON "boards_rels" USING btree ("order");
  CREATE INDEX "boards_rels_parent_idx" ON "boards_rels" USING btree ("parent_id");
  CREATE INDEX "boards_rels_path_idx" ON "boards_rels" USING btree ("path");
  CREATE INDEX "boards_rels_users_id_idx" ON "boards_rels" USING btree ("users_id");
  CREATE INDEX "summaries_sections_key_points_order_idx" ON "summaries_sections_key_points" USING btree ("_order");
  CREATE INDEX "summaries_sections_key_points_parent_id_idx" ON "summaries_sections_key_points" USING btree ("_parent_id");
  CREATE INDEX "summaries_sections_order_idx" ON "summaries_sections" USING btree ("_order");
  CREATE INDEX "summaries_sections_parent_id_idx" ON "summaries_sections" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "summaries_slug_idx" ON "summaries" USING btree ("slug");
  CREATE INDEX "summaries_translation_of_idx" ON "summaries" USING btree ("translation_of_id");
  CREATE INDEX "summaries_patient_version_of_idx" ON "summaries" USING btree ("patient_version_of_id");
  CREATE INDEX "summaries_board_idx" ON "summaries" USING btree ("board_id");
  CREATE INDEX "summaries_updated_at_idx" ON "summaries" USING btree ("updated_at");
  CREATE INDEX "summaries_created_at_idx" ON "summaries" USING btree ("created_at");
  CREATE INDEX "summaries__status_idx" ON "summaries" USING btree ("_status");
  CREATE INDEX "summaries_rels_order_idx" ON "summaries_rels" USING btree ("order");
  CREATE INDEX "summaries_rels_parent_idx" ON "summaries_rels" USING btree ("parent_id");
  CREATE INDEX "summaries_rels_path_idx" ON "summaries_rels" USING btree ("path");
  CREATE INDEX "summaries_rels_stages_id_idx" ON "summaries_rels" USING btree ("stages_id");
  CREATE INDEX "summaries_rels_treatments_id_idx" ON "summaries_rels" USING btree ("treatments_id");
  CREATE INDEX "summaries_rels_drugs_id_idx" ON "summaries_rels" USING btree ("drugs_id");
  CREATE INDEX "_summaries_v_version_sections_key_points_order_idx" ON "_summaries_v_version_sections_key_points" USING btree ("_order");
  CREATE INDEX "_summaries_v_version_sections_key_points_parent_id_idx" ON "_summaries_v_version_sections_key_points" USING btree ("_parent_id");
  CREATE INDEX "_summaries_v_version_sections_order_idx" ON "_summaries_v_version_sections" USING btree ("_order");
  CREATE INDEX "_summaries_v_version_sections_parent_id_idx" ON "_summaries_v_version_sections" USING btree ("_parent_id");
  CREATE INDEX "_summaries_v_parent_idx" ON "_summaries_v" USING btree ("parent_id");
  CREATE INDEX "_summaries_v_version_version_slug_idx" ON "_summaries_v" USING btree ("version_slug");
  CREATE INDEX "_summaries_v_version_version_translation_of_idx" ON "_summaries_v" USING btree ("version_translation_of_id");
  CREATE INDEX "_summaries_v_version_version_patient_version_of_idx" ON "_summaries_v" USING btree ("version_patient_version_of_id");
  CREATE INDEX "_summaries_v_version_version_board_idx" ON "_summaries_v" USING btree ("version_board_id");
  CREATE INDEX "_summaries_v_version_version_updated_at_idx" ON "_summaries_v" USING btree ("version_updated_at");
  CREATE INDEX "_summaries_v_version_version_created_at_idx" ON "_summaries_v" USING btree ("version_created_at");
  CREATE INDEX "_summaries_v_version_version__status_idx" ON "_summaries_v" USING btree ("version__status");
  CREATE INDEX "_summaries_v_created_at_idx" ON "_summaries_v" USING btree ("created_at");
  CREATE INDEX "_summaries_v_updated_at_idx" ON "_summaries_v" USING btree ("updated_at");
  CREATE INDEX "_summaries_v_latest_idx" ON "_summaries_v" USING btree ("latest");
  CREATE INDEX "_summaries_v_rels_order_idx" ON "_summaries_v_rels" USING btree ("order");
  CREATE INDEX "_summaries_v_rels_parent_idx" ON "_summaries_v_rels" USING btree ("parent_id");
  CREATE INDEX "_summaries_v_rels_path_idx" ON "_summaries_v_rels" USING btree ("path");
  CREATE INDEX "_summaries_v_rels_stages_id_idx" ON "_summaries_v_rels" USING btree ("stages_id");
  CREATE INDEX "_summaries_v_rels_treatments_id_idx" ON "_summaries_v_rels" USING btree ("treatments_id");
  CREATE INDEX "_summaries_v_rels_drugs_id_idx" ON "_summaries_v_rels" USING btree ("drugs_id");
  CREATE INDEX "stages_criteria_grades_order_idx" ON "stages_criteria_grades" USING btree ("order");
  CREATE INDEX "stages_criteria_grades_parent_idx" ON "stages_criteria_grades" USING btree ("parent_id");
  CREATE INDEX "stages_criteria_order_idx" ON "stages_criteria" USING btree ("_order");
  CREATE INDEX "stages_criteria_parent_id_idx" ON "stages_criteria" USING btree ("_parent_id");
  CREATE INDEX "stages_treatment_options_order_idx" ON "stages_treatment_options" USING btree ("_order");
  CREATE INDEX "stages_treatment_options_parent_id_idx" ON "stages_treatment_options" USING btree ("_parent_id");
  CREATE INDEX "stages_treatment_options_treatment_idx" ON "stages_treatment_options" USING btree ("treatment_id");
  CREATE UNIQUE INDEX "stages_slug_idx" ON "stages" USING btree ("slug");
  CREATE INDEX "stages_board_idx" ON "stages" USING btree ("board_id");
  CREATE INDEX "stages_updated_at_idx" ON "stages" USING btree ("updated_at");
  CREATE INDEX "stages_created_at_idx" ON "stages" USING btree ("created_at");
  CREATE INDEX "stages__status_idx" ON "stages" USING btree ("_status");
  CREATE INDEX "_stages_v_version_criteria_grades_order_idx" ON "_stages_v_version_criteria_grades" USING btree ("order");
  CREATE INDEX "_stages_v_version_criteria_grades_parent_idx" ON "_stages_v_version_criteria_grades" USING btree ("parent_id");
  CREATE INDEX "_stages_v_version_criteria_order_idx" ON "_stages_v_version_criteria" USING btree ("_order");
  CREATE INDEX "_stages_v_version_criteria_parent_id_idx" ON "_stages_v_version_criteria" USING btree ("_parent_id");
  CREATE INDEX "_stages_v_version_treatment_options_order_idx" ON "_stages_v_version_treatment_options" USING btree ("_order");
  CREATE INDEX "_stages_v_version_treatment_options_parent_id_idx" ON "_stages_v_version_treatment_options" USING btree ("_parent_id");
  CREATE INDEX "_stages_v_version_treatment_options_treatment_idx" ON "_stages_v_version_treatment_options" USING btree ("treatment_id");
  CREATE INDEX "_stages_v_parent_idx" ON "_stages_v" USING btree ("parent_id");
  CREATE INDEX "_stages_v_version_version_slug_idx" ON "_stages_v" USING btree ("version_slug");
  CREATE INDEX "_stages_v_version_version_board_idx" ON "_stages_v" USING btree ("version_board_id");
  CREATE INDEX "_stages_v_version_version_updated_at_idx" ON "_stages_v" USING btree ("version_updated_at");
  CREATE INDEX "_stages_v_version_version_created_at_idx" ON "_stages_v" USING btree ("version_created_at");
  CREATE INDEX "_stages_v_version_version__status_idx" ON "_stages_v" USING btree ("version__status");
  CREATE INDEX "_stages_v_created_at_idx" ON "_stages_v" USING btree ("created_at");
  CREATE INDEX "_stages_v_updated_at_idx" ON "_stages_v" USING btree ("updated_at");
  CREATE INDEX "_stages_v_latest_idx" ON "_stages_v" USING btree ("latest");
  CREATE UNIQUE INDEX "treatments_slug_idx" ON "treatments" USING btree ("slug");
  CREATE INDEX "treatments_board_idx" ON "treatments" USING btree ("board_id");
  CREATE INDEX "treatments_updated_at_idx" ON "treatments" USING btree ("updated_at");
  CREATE INDEX "treatments_created_at_idx" ON "treatments" USING btree ("created_at");
  CREATE INDEX "treatments__status_idx" ON "treatments" USING btree ("_status");
  CREATE INDEX "treatments_rels_order_idx" ON "treatments_rels" USING btree ("order");
  CREATE INDEX "treatments_rels_parent_idx" ON "treatments_rels" USING btree ("parent_id");
  CREATE INDEX "treatments_rels_path_idx" ON "treatments_rels" USING btree ("path");
  CREATE INDEX "treatments_rels_drugs_id_idx" ON "treatments_rels" USING btree ("drugs_id");
  CREATE INDEX "_treatments_v_parent_idx" ON "_treatments_v" USING btree ("parent_id");
  CREATE INDEX "_treatments_v_version_version_slug_idx" ON "_treatments_v" USING btree ("version_slug");
  CREATE INDEX "_treatments_v_version_version_board_idx" ON "_treatments_v" USING btree ("version_board_id");
  CREATE INDEX "_treatments_v_version_version_updated_at_idx" ON "_treatments_v" USING btree ("version_updated_at");
  CREATE INDEX "_treatments_v_version_version_created_at_idx" ON "_treatments_v" USING btree ("version_created_at");
  CREATE INDEX "_treatments_v_version_version__status_idx" ON "_treatments_v" USING btree ("version__status");
  CREATE INDEX "_treatments_v_created_at_idx" ON "_treatments_v" USING btree ("created_at");
  CREATE INDEX "_treatments_v_updated_at_idx" ON "_treatments_v" USING btree ("updated_at");
  CREATE INDEX "_treatments_v_latest_idx" ON "_treatments_v" USING btree ("latest");
  CREATE INDEX "_treatments_v_rels_order_idx" ON "_treatments_v_rels" USING btree ("order");
  CREATE INDEX "_treatments_v_rels_parent_idx" ON "_treatments_v_rels" USING btree ("parent_id");
  CREATE INDEX "_treatments_v_rels_path_idx" ON "_treatments_v_rels" USING btree ("path");
  CREATE INDEX "_treatments_v_rels_drugs_id_idx" ON "_treatments_v_rels" USING btree ("drugs_id");
  CREATE INDEX "drugs_brand_names_order_idx" ON "drugs_brand_names" USING btree ("_order");
  CREATE INDEX "drugs_brand_names_parent_id_idx" ON "drugs_brand_names" USING btree ("_parent_id");
  CREATE INDEX "drugs_approvals_order_idx" ON "drugs_approvals" USING btree ("_order");
  CREATE INDEX "drugs_approvals_parent_id_idx" ON "drugs_approvals" USING btree ("_parent_id");
  CREATE INDEX "drugs_side_effects_order_idx" ON "drugs_side_effects" USING btree ("_order");
  CREATE INDEX "drugs_side_effects_parent_id_idx" ON "drugs_side_effects" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "drugs_slug_idx" ON "drugs" USING btree ("slug");
  CREATE INDEX "drugs_board_idx" ON "drugs" USING btree ("board_id");
  CREATE INDEX "drugs_updated_at_idx" ON "drugs" USING btree ("updated_at");
  CREATE INDEX "drugs_created_at_idx" ON "drugs" USING btree ("created_at");
  CREATE INDEX "drugs__status_idx" ON "drugs" USING btree ("_status");
  CREATE INDEX "drugs_rels_order_idx" ON "drugs_rels" USING btree ("order");
  CREATE INDEX "drugs_rels_parent_idx" ON "drugs_rels" USING btree ("parent_id");
  CREATE INDEX "drugs_rels_path_idx" ON "drugs_rels" USING btree ("path");
  CREATE INDEX "drugs_rels_references_id_idx" ON "drugs_rels" USING btree ("references_id");
  CREATE INDEX "_drugs_v_version_brand_names_order_idx" ON "_drugs_v_version_brand_names" USING btree ("_order");
  CREATE INDEX "_drugs_v_version_brand_names_parent_id_idx" ON "_drugs_v_version_brand_names" USING btree ("_parent_id");
  CREATE INDEX "_drugs_v_version_approvals_order_idx" ON "_drugs_v_version_approvals" USING btree ("_order");
  CREATE INDEX "_drugs_v_version_approvals_parent_id_idx" ON "_drugs_v_version_approvals" USING btree ("_parent_id");
  CREATE INDEX "_drugs_v_version_side_effects_order_idx" ON "_drugs_v_version_side_effects" USING btree ("_order");
  CREATE INDEX "_drugs_v_version_side_effects_parent_id_idx" ON "_drugs_v_version_side_effects" USING btree ("_parent_id");
  CREATE INDEX "_drugs_v_parent_idx" ON "_drugs_v" USING btree ("parent_id");
  CREATE INDEX "_drugs_v_version_version_slug_idx" ON "_drugs_v" USING btree ("version_slug");
  CREATE INDEX "_drugs_v_version_version_board_idx" ON "_drugs_v" USING btree ("version_board_id");
  CREATE INDEX "_drugs_v_version_version_updated_at_idx" ON "_drugs_v" USING btree ("version_updated_at");
  CREATE INDEX "_drugs_v_version_version_created_at_idx" ON "_drugs_v" USING btree ("version_created_at");
  CREATE INDEX "_drugs_v_version_version__status_idx" ON "_drugs_v" USING btree ("version__status");
  CREATE INDEX "_drugs_v_created_at_idx" ON "_drugs_v" USING btree ("created_at");
  CREATE INDEX "_drugs_v_updated_at_idx" ON "_drugs_v" USING btree ("updated_at");
  CREATE INDEX "_drugs_v_latest_idx" ON "_drugs_v" USING btree ("latest");
  CREATE INDEX "_drugs_v_rels_order_idx" ON "_drugs_v_rels" USING btree ("order");
  CREATE INDEX "_drugs_v_rels_parent_idx" ON "_drugs_v_rels" USING btree ("parent_id");
  CREATE INDEX "_drugs_v_rels_path_idx" ON "_drugs_v_rels" USING btree ("path");
  CREATE INDEX "_drugs_v_rels_references_id_idx" ON "_drugs_v_rels" USING btree ("references_id");
  CREATE INDEX "references_authors_order_idx" ON "references_authors" USING btree ("_order");
  CREATE INDEX "references_authors_parent_id_idx" ON "references_authors" USING btree ("_parent_id");
  CREATE INDEX "references_editors_order_idx" ON "references_editors" USING btree ("_order");
  CREATE INDEX "references_editors_parent_id_idx" ON "references_editors" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "references_slug_idx" ON "references" USING btree ("slug");
  CREATE UNIQUE INDEX "references_pmid_idx" ON "references" USING btree ("pmid");
  CREATE INDEX "references_last_reviewed_by_idx" ON "references" USING btree ("last_reviewed_by_id");
  CREATE INDEX "references_board_idx" ON "references" USING btree ("board_id");
  CREATE INDEX "references_updated_at_idx" ON "references" USING btree ("updated_at");
  CREATE INDEX "references_created_at_idx" ON "references" USING btree ("created_at");
  CREATE INDEX "references__status_idx" ON "references" USING btree ("_status");
  CREATE INDEX "_references_v_version_authors_order_idx" ON "_references_v_version_authors" USING btree ("_order");
  CREATE INDEX "_references_v_version_authors_parent_id_idx" ON "_references_v_version_authors" USING btree ("_parent_id");
  CREATE INDEX "_references_v_version_editors_order_idx" ON "_references_v_version_editors" USING btree ("_order");
  CREATE INDEX "_references_v_version_editors_parent_id_idx" ON "_references_v_version_editors" USING btree ("_parent_id");
  CREATE INDEX "_references_v_parent_idx" ON "_references_v" USING btree ("parent_id");
  CREATE INDEX "_references_v_version_version_slug_idx" ON "_references_v" USING btree ("version_slug");
  CREATE INDEX "_references_v_version_version_pmid_idx" ON "_references_v" USING btree ("version_pmid");
  CREATE INDEX "_references_v_version_version_last_reviewed_by_idx" ON "_references_v" USING btree ("version_last_reviewed_by_id");
  CREATE INDEX "_references_v_version_version_board_idx" ON "_references_v" USING btree ("version_board_id");
  CREATE INDEX "_references_v_version_version_updated_at_idx" ON "_references_v" USING btree ("version_updated_at");
  CREATE INDEX "_references_v_version_version_created_at_idx" ON "_references_v" USING btree ("version_created_at");
  CREATE INDEX "_references_v_version_version__status_idx" ON "_references_v" USING btree ("version__status");
  CREATE INDEX "_references_v_created_at_idx" ON "_references_v" USING btree ("created_at");
  CREATE INDEX "_references_v_updated_at_idx" ON "_references_v" USING btree ("updated_at");
  CREATE INDEX "_references_v_latest_idx" ON "_references_v" USING btree ("latest");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_boards_id_idx" ON "payload_locked_documents_rels" USING btree ("boards_id");
  CREATE INDEX "payload_locked_documents_rels_summaries_id_idx" ON "payload_locked_documents_rels" USING btree ("summaries_id");
  CREATE INDEX "payload_locked_documents_rels_stages_id_idx" ON "payload_locked_documents_rels" USING btree ("stages_id");
  CREATE INDEX "payload_locked_documents_rels_treatments_id_idx" ON "payload_locked_documents_rels" USING btree ("treatments_id");
  CREATE INDEX "payload_locked_documents_rels_drugs_id_idx" ON "payload_locked_documents_rels" USING btree ("drugs_id");
  CREATE INDEX "payload_locked_documents_rels_references_id_idx" ON "payload_locked_documents_rels" USING btree ("references_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "editorial_settings_default_board_idx" ON "editorial_settings" USING btree ("default_board_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "boards" CASCADE;
  DROP TABLE "boards_rels" CASCADE;
  DROP TABLE "summaries_sections_key_points" CASCADE;
  DROP TABLE "summaries_sections" CASCADE;
  DROP TABLE "summaries" CASCADE;
  DROP TABLE "summaries_rels" CASCADE;
  DROP TABLE "_summaries_v_version_sections_key_points" CASCADE;
  DROP TABLE "_summaries_v_version_sections" CASCADE;
  DROP TABLE "_summaries_v" CASCADE;
  DROP TABLE "_summaries_v_rels" CASCADE;
  DROP TABLE "stages_criteria_grades" CASCADE;
  DROP TABLE "stages_criteria" CASCADE;
  DROP TABLE "stages_treatment_options" CASCADE;
  DROP TABLE "stages" CASCADE;
  DROP TABLE "_stages_v_version_criteria_grades" CASCADE;
  DROP TABLE "_stages_v_version_criteria" CASCADE;
  DROP TABLE "_stages_v_version_treatment_options" CASCADE;
  DROP TABLE "_stages_v" CASCADE;
  DROP TABLE "treatments" CASCADE;
  DROP TABLE "treatments_rels" CASCADE;
  DROP TABLE "_treatments_v" CASCADE;
  DROP TABLE "_treatments_v_rels" CASCADE;
  DROP TABLE "drugs_brand_names" CASCADE;
  DROP TABLE "drugs_approvals" CASCADE;
  DROP TABLE "drugs_side_effects" CASCADE;
  DROP TABLE "drugs" CASCADE;
  DROP TABLE "drugs_rels" CASCADE;
  DROP TABLE "_drugs_v_version_brand_names" CASCADE;
  DROP TABLE "_drugs_v_version_approvals" CASCADE;
  DROP TABLE "_drugs_v_version_side_effects" CASCADE;
  DROP TABLE "_drugs_v" CASCADE;
  DROP TABLE "_drugs_v_rels" CASCADE;
  DROP TABLE "references_authors" CASCADE;
  DROP TABLE "references_editors" CASCADE;
  DROP TABLE "references" CASCADE;
  DROP TABLE "_references_v_version_authors" CASCADE;
  DROP TABLE "_references_v_version_editors" CASCADE;
  DROP TABLE "_references_v" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "editorial_settings" CASCADE;
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_summaries_sections_section_type";
  DROP TYPE "public"."enum_summaries_audience";
  DROP TYPE "public"."enum_summaries_language";
  DROP TYPE "public"."enum_summaries_summary_type";
  DROP TYPE "public"."enum_summaries_status";
  DROP TYPE "public"."enum__summaries_v_version_sections_section_type";
  DROP TYPE "public"."enum__summaries_v_version_audience";
  DROP TYPE "public"."enum__summaries_v_version_language";
  DROP TYPE "public"."enum__summaries_v_version_summary_type";
  DROP TYPE "public"."enum__summaries_v_version_status";
  DROP TYPE "public"."enum_stages_criteria_grades";
  DROP TYPE "public"."enum_stages_criteria_nodes";
  DROP TYPE "public"."enum_stages_criteria_metastasis";
  DROP TYPE "public"."enum_stages_system";
  DROP TYPE "public"."enum_stages_code";
  DROP TYPE "public"."enum_stages_status";
  DROP TYPE "public"."enum__stages_v_version_criteria_grades";
  DROP TYPE "public"."enum__stages_v_version_criteria_nodes";
  DROP TYPE "public"."enum__stages_v_version_criteria_metastasis";
  DROP TYPE "public"."enum__stages_v_version_system";
  DROP TYPE "public"."enum__stages_v_version_code";
  DROP TYPE "public"."enum__stages_v_version_status";
  DROP TYPE "public"."enum_treatments_modality";
  DROP TYPE "public"."enum_treatments_status";
  DROP TYPE "public"."enum__treatments_v_version_modality";
  DROP TYPE "public"."enum__treatments_v_version_status";
  DROP TYPE "public"."enum_drugs_approvals_status";
  DROP TYPE "public"."enum_drugs_route";
  DROP TYPE "public"."enum_drugs_status";
  DROP TYPE "public"."enum__drugs_v_version_approvals_status";
  DROP TYPE "public"."enum__drugs_v_version_route";
  DROP TYPE "public"."enum__drugs_v_version_status";
  DROP TYPE "public"."enum_references_kind";
  DROP TYPE "public"."enum_references_status";
  DROP TYPE "public"."enum__references_v_version_kind";
  DROP TYPE "public"."enum__references_v_version_status";`)
}
