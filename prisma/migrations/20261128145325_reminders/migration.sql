/*
  Warnings:

  - A unique constraint covering the columns `[calendar_token]` on the table `app_user` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "calendar_token" TEXT;

-- CreateTable
CREATE TABLE "reminder_snooze" (
    "id" TEXT NOT NULL,
    "commitment_id" TEXT NOT NULL,
    "deadline_id" TEXT,
    "until" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "user_id" TEXT,
    "update_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reminder_snooze_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reminder_delivery" (
    "user_id" TEXT NOT NULL,
    "deadline_id" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reminder_delivery_pkey" PRIMARY KEY ("user_id","deadline_id","day")
);

-- CreateTable
CREATE TABLE "reminder_setting" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "quiet_days" INTEGER NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "updated_by_id" TEXT,

    CONSTRAINT "reminder_setting_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "reminder_snooze_update_id_key" ON "reminder_snooze"("update_id");

-- CreateIndex
CREATE INDEX "reminder_snooze_commitment_id_until_idx" ON "reminder_snooze"("commitment_id", "until");

-- CreateIndex
CREATE INDEX "reminder_snooze_deadline_id_until_idx" ON "reminder_snooze"("deadline_id", "until");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_calendar_token_key" ON "app_user"("calendar_token");

-- AddForeignKey
ALTER TABLE "reminder_snooze" ADD CONSTRAINT "reminder_snooze_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminder_snooze" ADD CONSTRAINT "reminder_snooze_deadline_id_fkey" FOREIGN KEY ("deadline_id") REFERENCES "deadline"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminder_snooze" ADD CONSTRAINT "reminder_snooze_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminder_snooze" ADD CONSTRAINT "reminder_snooze_update_id_fkey" FOREIGN KEY ("update_id") REFERENCES "progress_update"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminder_delivery" ADD CONSTRAINT "reminder_delivery_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminder_delivery" ADD CONSTRAINT "reminder_delivery_deadline_id_fkey" FOREIGN KEY ("deadline_id") REFERENCES "deadline"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminder_setting" ADD CONSTRAINT "reminder_setting_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The settings are one row; the range is the one the admin form accepts (lib/validation/reminders.ts).
ALTER TABLE "reminder_setting" ADD CONSTRAINT "reminder_setting_single_row" CHECK ("id" = 1);
ALTER TABLE "reminder_setting" ADD CONSTRAINT "reminder_setting_quiet_days_range" CHECK ("quiet_days" BETWEEN 1 AND 3650);
