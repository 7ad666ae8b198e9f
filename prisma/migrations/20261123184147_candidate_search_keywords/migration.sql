-- DropIndex
DROP INDEX "Jobseeker_searchText_idx";

-- AlterTable
ALTER TABLE "Jobseeker" ADD COLUMN     "keywordText" TEXT NOT NULL DEFAULT '';

-- Back-fill: what buildKeywordText (app/models/jobseeker.server.ts) gives, i.e. occupations, skills and
-- certificates, each trimmed, empty ones left out, joined by " · ". Before the index, so it is built once.
UPDATE "Jobseeker" SET "keywordText" = array_to_string(ARRAY(
    SELECT regexp_replace(k.part, '^[[:space:]]+|[[:space:]]+$', '', 'g')
    FROM unnest("occupations" || "skills" || "certificates") WITH ORDINALITY AS k(part, n)
    WHERE regexp_replace(k.part, '^[[:space:]]+|[[:space:]]+$', '', 'g') <> ''
    ORDER BY k.n
  ), ' · ');

-- CreateIndex
CREATE INDEX "Jobseeker_keywordText_idx" ON "Jobseeker" USING GIN ("keywordText" gin_trgm_ops);
