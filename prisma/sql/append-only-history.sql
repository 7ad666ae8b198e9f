-- History is appended, never changed: KPIs are computed from it, so every figure can be explained by its
-- rows. Applied after `prisma migrate deploy` by scripts/lib/migrate.ts (idempotent), because Prisma's
-- driver adapter runs migration files statement by statement, cut at every ";", which a PL/pgSQL body
-- cannot survive (docs/decisions/003-prisma-offline.md).
CREATE OR REPLACE FUNCTION "refuse_history_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'rows of % are history: they are appended, never changed or deleted', TG_TABLE_NAME
    USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE OR REPLACE TRIGGER "ReferralEvent_append_only" BEFORE UPDATE OR DELETE ON "ReferralEvent"
FOR EACH ROW EXECUTE FUNCTION "refuse_history_change"();

CREATE OR REPLACE TRIGGER "JobOrderEvent_append_only" BEFORE UPDATE OR DELETE ON "JobOrderEvent"
FOR EACH ROW EXECUTE FUNCTION "refuse_history_change"();
