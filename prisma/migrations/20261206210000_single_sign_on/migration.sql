-- Single sign-on with OpenID Connect (issue 17): accounts created by SSO have no password, and a
-- session records how it was signed in (the organisation two-factor policy treats SSO sign-ins as
-- the identity provider's responsibility).
ALTER TABLE "User" ALTER COLUMN "passwordHash" DROP NOT NULL;
ALTER TABLE "Session" ADD COLUMN "method" TEXT NOT NULL DEFAULT 'password';
ALTER TABLE "User" ADD COLUMN "oidcSubject" TEXT;
CREATE UNIQUE INDEX "User_oidcSubject_key" ON "User"("oidcSubject");
