-- Languages (issue 15): a person's own choice, an organisation's default, and the language a questionnaire was answered in.
ALTER TABLE "User" ADD COLUMN "locale" TEXT;
ALTER TABLE "Organization" ADD COLUMN "defaultLocale" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "Respondent" ADD COLUMN "answeredLocale" TEXT;
