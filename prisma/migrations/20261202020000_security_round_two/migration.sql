-- Least privilege for editors: an editor with no scope rows now writes nothing, unless scope_all says every
-- commitment. Editors who had no scope rows could write everything until now; they get scope_all so that nobody loses
-- access silently with this migration (an admin narrows them on the users page or with `npm run user -- scope`).
ALTER TABLE "app_user" ADD COLUMN "scope_all" BOOLEAN NOT NULL DEFAULT false;
UPDATE "app_user" SET "scope_all" = true
  WHERE "role" = 'EDITOR' AND NOT EXISTS (SELECT 1 FROM "user_scope" s WHERE s."user_id" = "app_user"."id");

-- Sessions ended by signing out, by the id each session token carries, until the token would have expired anyway.
CREATE TABLE "ended_session" (
    "id" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ended_session_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "ended_session_expires_at_idx" ON "ended_session"("expires_at");
