-- Each respondent's latest answer change in one index probe. The stored results' key (the submitted
-- answers' version) read max("updatedAt") over every answer of an assessment's submitted respondents —
-- a scan of ~57,000 rows for 500 respondents, on every results page; per respondent through this index
-- it is one probe each.
CREATE INDEX "Answer_respondentId_updatedAt_idx" ON "Answer"("respondentId", "updatedAt");
