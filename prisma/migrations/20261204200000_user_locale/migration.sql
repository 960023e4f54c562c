-- Issue 19: the language a staff member reads the reminder e-mail in, which they choose on their dashboard and which
-- follows the language they last signed in with. Every account made before worked in English.
ALTER TABLE "app_user" ADD COLUMN "locale" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_locale_check" CHECK ("locale" IN ('en', 'es'));
