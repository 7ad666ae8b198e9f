-- The task of the regional recruitment promise is named after the promise (decision 010);
-- "escalation" stays the answer promise's word. Existing rows keep their meaning.
ALTER TYPE "TaskKind" RENAME VALUE 'REGIONAL_ESCALATION' TO 'REGIONAL_RECRUITMENT';
