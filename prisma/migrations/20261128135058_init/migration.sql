-- CreateEnum
CREATE TYPE "CommitmentType" AS ENUM ('FUNDING', 'PROGRAM', 'POLICY_OR_LAW', 'ENFORCEMENT_ACTION', 'INSTITUTIONAL', 'DIPLOMATIC');

-- CreateEnum
CREATE TYPE "CommitmentStatus" AS ENUM ('NO_INFORMATION', 'NOT_STARTED', 'IN_PROGRESS', 'AT_RISK', 'PARTLY_COMPLETED', 'COMPLETED', 'DISCONTINUED');

-- CreateEnum
CREATE TYPE "CountryRole" AS ENUM ('LEAD', 'PARTNER');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'QUARTER', 'YEAR', 'FISCAL_YEAR');

-- CreateEnum
CREATE TYPE "DeadlineKind" AS ENUM ('DEADLINE', 'MILESTONE', 'REFERENCE');

-- CreateEnum
CREATE TYPE "TargetQualifier" AS ENUM ('EXACTLY', 'ABOUT', 'MORE_THAN', 'NEARLY', 'UP_TO');

-- CreateEnum
CREATE TYPE "TargetKind" AS ENUM ('GOAL', 'REPORTED');

-- CreateEnum
CREATE TYPE "UpdateVisibility" AS ENUM ('PUBLIC', 'INTERNAL');

-- CreateEnum
CREATE TYPE "UpdateSource" AS ENUM ('SEED', 'STAFF', 'IMPORT');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EDITOR', 'VIEWER');

-- CreateTable
CREATE TABLE "declaration" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "meeting_name" TEXT NOT NULL,
    "meeting_date" DATE NOT NULL,
    "source_title" TEXT NOT NULL,
    "source_url" TEXT NOT NULL,
    "published_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "declaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pillar" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "declaration_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "pillar_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "country" (
    "code" CHAR(2) NOT NULL,
    "alpha3" CHAR(3) NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "commitment" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "declaration_id" TEXT NOT NULL,
    "pillar_id" TEXT,
    "parent_id" TEXT,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "source_text" TEXT NOT NULL,
    "source_section" TEXT NOT NULL,
    "type" "CommitmentType" NOT NULL,
    "collective_actor" TEXT,
    "status" "CommitmentStatus" NOT NULL DEFAULT 'NO_INFORMATION',
    "status_changed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_update_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "archived_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commitment_country" (
    "commitment_id" TEXT NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "role" "CountryRole" NOT NULL,

    CONSTRAINT "commitment_country_pkey" PRIMARY KEY ("commitment_id","country_code")
);

-- CreateTable
CREATE TABLE "commitment_link" (
    "id" TEXT NOT NULL,
    "commitment_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "url" TEXT NOT NULL,

    CONSTRAINT "commitment_link_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deadline" (
    "id" TEXT NOT NULL,
    "commitment_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "DeadlineKind" NOT NULL,
    "label" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "precision" "DatePrecision" NOT NULL,
    "due_on" DATE NOT NULL,
    "source_text" TEXT,

    CONSTRAINT "deadline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "target" (
    "id" TEXT NOT NULL,
    "commitment_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "TargetKind" NOT NULL,
    "label" TEXT NOT NULL,
    "qualifier" "TargetQualifier" NOT NULL,
    "value" DECIMAL(20,2) NOT NULL,
    "unit" TEXT NOT NULL,
    "source_text" TEXT,
    "current_value" DECIMAL(20,2),
    "current_value_at" TIMESTAMP(3),

    CONSTRAINT "target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "progress_update" (
    "id" TEXT NOT NULL,
    "commitment_id" TEXT NOT NULL,
    "author_id" TEXT,
    "source" "UpdateSource" NOT NULL,
    "visibility" "UpdateVisibility" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL,
    "old_status" "CommitmentStatus",
    "new_status" "CommitmentStatus",
    "status_reason" TEXT,
    "note" TEXT,
    "evidence_urls" TEXT[],
    "target_id" TEXT,
    "value_reached" DECIMAL(20,2),
    "corrects_id" TEXT,

    CONSTRAINT "progress_update_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deadline_change" (
    "id" TEXT NOT NULL,
    "update_id" TEXT NOT NULL,
    "deadline_id" TEXT NOT NULL,
    "old_date" DATE,
    "old_precision" "DatePrecision",
    "new_date" DATE NOT NULL,
    "new_precision" "DatePrecision" NOT NULL,

    CONSTRAINT "deadline_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "disabled_at" TIMESTAMP(3),
    "session_version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_scope" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "country_code" CHAR(2),
    "pillar_id" TEXT,

    CONSTRAINT "user_scope_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_in_attempt" (
    "id" BIGSERIAL NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "email" TEXT NOT NULL,
    "client_address" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,

    CONSTRAINT "sign_in_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "declaration_key_key" ON "declaration"("key");

-- CreateIndex
CREATE UNIQUE INDEX "pillar_slug_key" ON "pillar"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "pillar_declaration_id_position_key" ON "pillar"("declaration_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "country_alpha3_key" ON "country"("alpha3");

-- CreateIndex
CREATE UNIQUE INDEX "commitment_key_key" ON "commitment"("key");

-- CreateIndex
CREATE INDEX "commitment_declaration_id_position_idx" ON "commitment"("declaration_id", "position");

-- CreateIndex
CREATE INDEX "commitment_pillar_id_status_idx" ON "commitment"("pillar_id", "status");

-- CreateIndex
CREATE INDEX "commitment_parent_id_idx" ON "commitment"("parent_id");

-- CreateIndex
CREATE INDEX "commitment_status_idx" ON "commitment"("status");

-- CreateIndex
CREATE INDEX "commitment_updated_at_idx" ON "commitment"("updated_at");

-- CreateIndex
CREATE INDEX "commitment_country_country_code_idx" ON "commitment_country"("country_code");

-- CreateIndex
CREATE UNIQUE INDEX "commitment_link_commitment_id_position_key" ON "commitment_link"("commitment_id", "position");

-- CreateIndex
CREATE INDEX "deadline_due_on_idx" ON "deadline"("due_on");

-- CreateIndex
CREATE UNIQUE INDEX "deadline_commitment_id_key_key" ON "deadline"("commitment_id", "key");

-- CreateIndex
CREATE UNIQUE INDEX "target_commitment_id_key_key" ON "target"("commitment_id", "key");

-- CreateIndex
CREATE INDEX "progress_update_commitment_id_created_at_idx" ON "progress_update"("commitment_id", "created_at");

-- CreateIndex
CREATE INDEX "progress_update_visibility_created_at_idx" ON "progress_update"("visibility", "created_at");

-- CreateIndex
CREATE INDEX "progress_update_author_id_created_at_idx" ON "progress_update"("author_id", "created_at");

-- CreateIndex
CREATE INDEX "deadline_change_update_id_idx" ON "deadline_change"("update_id");

-- CreateIndex
CREATE INDEX "deadline_change_deadline_id_idx" ON "deadline_change"("deadline_id");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "user_scope_user_id_country_code_pillar_id_key" ON "user_scope"("user_id", "country_code", "pillar_id");

-- CreateIndex
CREATE INDEX "sign_in_attempt_email_created_at_idx" ON "sign_in_attempt"("email", "created_at");

-- CreateIndex
CREATE INDEX "sign_in_attempt_client_address_created_at_idx" ON "sign_in_attempt"("client_address", "created_at");

-- AddForeignKey
ALTER TABLE "pillar" ADD CONSTRAINT "pillar_declaration_id_fkey" FOREIGN KEY ("declaration_id") REFERENCES "declaration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_declaration_id_fkey" FOREIGN KEY ("declaration_id") REFERENCES "declaration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_pillar_id_fkey" FOREIGN KEY ("pillar_id") REFERENCES "pillar"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "commitment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_country" ADD CONSTRAINT "commitment_country_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_country" ADD CONSTRAINT "commitment_country_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_link" ADD CONSTRAINT "commitment_link_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deadline" ADD CONSTRAINT "deadline_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target" ADD CONSTRAINT "target_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progress_update" ADD CONSTRAINT "progress_update_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progress_update" ADD CONSTRAINT "progress_update_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progress_update" ADD CONSTRAINT "progress_update_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "target"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progress_update" ADD CONSTRAINT "progress_update_corrects_id_fkey" FOREIGN KEY ("corrects_id") REFERENCES "progress_update"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deadline_change" ADD CONSTRAINT "deadline_change_update_id_fkey" FOREIGN KEY ("update_id") REFERENCES "progress_update"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deadline_change" ADD CONSTRAINT "deadline_change_deadline_id_fkey" FOREIGN KEY ("deadline_id") REFERENCES "deadline"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_scope" ADD CONSTRAINT "user_scope_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_scope" ADD CONSTRAINT "user_scope_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_scope" ADD CONSTRAINT "user_scope_pillar_id_fkey" FOREIGN KEY ("pillar_id") REFERENCES "pillar"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- progress_update is the audit trail of every commitment: entries are never changed or removed. A correction is a
-- new entry pointing at the one it corrects (corrects_id).
CREATE FUNCTION "progress_update_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'progress_update is append-only: a correction is a new entry'
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER "progress_update_no_update_or_delete"
    BEFORE UPDATE OR DELETE ON "progress_update"
    FOR EACH ROW EXECUTE FUNCTION "progress_update_append_only"();

CREATE TRIGGER "progress_update_no_truncate"
    BEFORE TRUNCATE ON "progress_update"
    FOR EACH STATEMENT EXECUTE FUNCTION "progress_update_append_only"();
