-- Before migration 20261202043000_sessions_and_link_exposure, a consultancy holding a grant saw the
-- personal link of every respondent of the bank's assessments, the bank's own included. A link reads
-- and overwrites that person's answers, so every such link that still works is invalidated here, once:
-- its stored hash becomes one that no token hashes to, its sealed copy is cleared, and a respondent who
-- has not submitted is marked "needs a new link" for the bank to re-issue. Answers stay: they belong to
-- the respondent record, not to the link. A link is treated as seen when it existed before that
-- migration was applied while the bank had a consultancy grant that was created before then and not
-- revoked before the link existed. On an installation that started after the fix, nothing matches.
UPDATE "Respondent" AS r
SET "tokenHash" = 'invalidated:' || r."id",
    "tokenSealed" = '',
    "lastSentAt" = NULL,
    "linkResetAt" = CASE WHEN r."submittedAt" IS NULL THEN CURRENT_TIMESTAMP ELSE NULL END
FROM "_prisma_migrations" AS m
WHERE m."migration_name" = '20261202043000_sessions_and_link_exposure'
  AND m."finished_at" IS NOT NULL
  AND r."revokedAt" IS NULL
  AND r."createdAt" < m."finished_at"
  AND r."tokenHash" NOT LIKE 'invalidated:%'
  AND EXISTS (
    SELECT 1
    FROM "AccessGrant" AS g
    WHERE g."grantorOrgId" = r."organizationId"
      AND g."kind" = 'CONSULTANCY'
      AND g."createdAt" < m."finished_at"
      AND (g."revokedAt" IS NULL OR g."revokedAt" > r."createdAt")
  );
