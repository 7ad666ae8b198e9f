// The visit programme's activities: the only writers of an enrolment (docs/decisions/019-visit-programme.md).
// Each change is guarded by the status it expects, so a retried activity changes nothing twice; every one
// answers with the enrolment as the database now holds it.
import { ApplicationFailure } from "@temporalio/common";
import { Prisma, type EnrolmentStatus } from "@prisma/client";
import { EMPLOYEE_BANDS } from "../../app/domain/company/employees";
import { isInProgramme, isOpenEnrolment } from "../../app/domain/visit/programme";
import { atLocalTime, localDateOf, programmeFollowUpDueAt, programmeReminderAt, programmeVisitDueAt } from "../../app/utils/deadlines";
import { HELD_VISIT_WHERE } from "../../app/models/kpi/visit-figures.server";
import { sendMailOnce } from "../../app/utils/mailer.server";
import { instantSql } from "../../app/utils/sql.server";
import { startVisitProgrammeWorkflow } from "../../app/utils/temporal.server";
import { programmeReminderMail } from "../../emails";
import { NOT_OPEN_MESSAGE, PROGRAMME_REFUSALS, stepOf, type EnrolmentSnapshot, type EnrolProgrammesResult, type ProgrammeStep } from "../visit-programme/definitions";
import { dateColumn, iso, publicLink, type ActivityDeps, type Db } from "./support";

/** Enrolments whose workflow is started per run of the schedule; the next run takes the rest. */
export const ENROL_BATCH = 500;

const ENROLMENT_SELECT = {
  id: true,
  status: true,
  firstVisitDueAt: true,
  firstVisitAt: true,
  followUpDueAt: true,
  programme: { select: { reminderDaysBefore: true } },
} satisfies Prisma.ProgrammeEnrolmentSelect;

type EnrolmentRow = Prisma.ProgrammeEnrolmentGetPayload<{ select: typeof ENROLMENT_SELECT }>;

function snapshotOf(row: EnrolmentRow): EnrolmentSnapshot {
  const step = stepOf(row.status);
  const dueAt = step === "VISIT" ? row.firstVisitDueAt : step === "FOLLOW_UP" ? row.followUpDueAt : null;
  return { status: row.status, dueAt: iso(dueAt), remindAt: dueAt ? programmeReminderAt(dueAt, row.programme.reminderDaysBefore).toISOString() : null };
}

async function loadEnrolment(db: Db, enrolmentId: string): Promise<EnrolmentRow> {
  const row = await db.programmeEnrolment.findUnique({ where: { id: enrolmentId }, select: ENROLMENT_SELECT });
  if (!row) throw ApplicationFailure.nonRetryable(`No enrolment ${enrolmentId}`, "EnrolmentNotFound");
  return row;
}

export function createVisitProgrammeActivities(deps: ActivityDeps) {
  const { prisma, mailer, publicUrl } = deps;

  return {
    /** The workflow has started: marks it so, and tells what it is to wait for. */
    async openEnrolment(input: { enrolmentId: string; at: string }): Promise<EnrolmentSnapshot> {
      await prisma.programmeEnrolment.updateMany({ where: { id: input.enrolmentId, workflowStartedAt: null }, data: { workflowStartedAt: new Date(input.at) } });
      return snapshotOf(await loadEnrolment(prisma, input.enrolmentId));
    },

    /**
     * Whether a held visit keeps the step: for the first visit, the earliest held in the programme's
     * period; for the follow-up, the earliest held after the first visit and by its due day. On the last
     * look (the step is due) a step no visit keeps is recorded as missed.
     */
    async checkProgrammeStep(input: { enrolmentId: string; step: ProgrammeStep; at: string; lastLook: boolean }): Promise<EnrolmentSnapshot> {
      return prisma.$transaction(async (tx) => {
        const row = await tx.programmeEnrolment.findUnique({
          where: { id: input.enrolmentId },
          select: { ...ENROLMENT_SELECT, companyId: true, jobcentreId: true, firstVisitId: true, programme: { select: { reminderDaysBefore: true, startsOn: true, followUpWithinMonths: true } } },
        });
        if (!row) throw ApplicationFailure.nonRetryable(`No enrolment ${input.enrolmentId}`, "EnrolmentNotFound");
        if (stepOf(row.status) !== input.step) return snapshotOf(row);
        const from = input.step === "VISIT" ? atLocalTime(dateColumn(row.programme.startsOn), "00:00") : row.firstVisitAt!;
        const until = input.step === "VISIT" ? row.firstVisitDueAt : row.followUpDueAt!;
        const visit = await tx.companyVisit.findFirst({
          where: {
            companyId: row.companyId,
            jobcentreId: row.jobcentreId,
            ...HELD_VISIT_WHERE,
            cancelledAt: null,
            plannedFor: input.step === "VISIT" ? { gte: from, lte: until } : { gt: from, lte: until },
            ...(row.firstVisitId ? { id: { not: row.firstVisitId } } : {}),
          },
          orderBy: [{ plannedFor: "asc" }, { id: "asc" }],
          select: { id: true, plannedFor: true },
        });
        const kept = visit ?? null;
        let data: Prisma.ProgrammeEnrolmentUpdateManyMutationInput | null = null;
        if (kept && input.step === "VISIT") {
          data = { status: "AWAITING_FOLLOW_UP", firstVisitId: kept.id, firstVisitAt: kept.plannedFor, followUpDueAt: programmeFollowUpDueAt(kept.plannedFor, row.programme.followUpWithinMonths) };
        } else if (kept) {
          data = { status: "FOLLOWED_UP", followUpVisitId: kept.id, followUpAt: kept.plannedFor };
        } else if (input.lastLook) {
          data = { status: input.step === "VISIT" ? "VISIT_MISSED" : "FOLLOW_UP_MISSED", missedAt: new Date(input.at) };
        }
        if (data) await tx.programmeEnrolment.updateMany({ where: { id: row.id, status: row.status }, data });
        return snapshotOf(await loadEnrolment(tx, row.id));
      });
    },

    /**
     * Reminds the step's owner that it is due soon: the company's key account consultant, or for the
     * follow-up the consultant of the first visit. A company with neither is left to the progress page.
     */
    async sendProgrammeReminder(input: { enrolmentId: string; step: ProgrammeStep }): Promise<"sent" | "already-sent" | "no-owner" | "settled"> {
      const row = await prisma.programmeEnrolment.findUniqueOrThrow({
        where: { id: input.enrolmentId },
        select: {
          status: true,
          jobcentreId: true,
          firstVisitDueAt: true,
          followUpDueAt: true,
          firstVisitAt: true,
          firstVisitId: true,
          programme: { select: { name: true } },
          companyId: true,
          company: { select: { name: true, cvr: true } },
        },
      });
      if (stepOf(row.status) !== input.step) return "settled";
      const relationship = await prisma.companyRelationship.findUnique({ where: { jobcentreId_companyId: { jobcentreId: row.jobcentreId, companyId: row.companyId } }, select: { keyAccountConsultantId: true } });
      const keyAccount = relationship?.keyAccountConsultantId ?? null;
      const firstVisitor = input.step === "FOLLOW_UP" && row.firstVisitId ? (await prisma.companyVisit.findUnique({ where: { id: row.firstVisitId }, select: { consultantId: true, doneById: true } })) : null;
      const candidates = [keyAccount, firstVisitor?.consultantId ?? null, firstVisitor?.doneById ?? null].filter((id): id is string => id !== null);
      const owner = candidates.length
        ? await prisma.user.findFirst({ where: { id: { in: candidates }, jobcentreId: row.jobcentreId, active: true }, select: { id: true, name: true, email: true } })
        : null;
      if (!owner) return "no-owner";
      const dueAt = input.step === "VISIT" ? row.firstVisitDueAt : row.followUpDueAt!;
      const mail = programmeReminderMail({
        recipientName: owner.name,
        programmeName: row.programme.name,
        companyName: row.company.name,
        cvr: row.company.cvr,
        step: input.step,
        dueAt,
        firstVisitAt: row.firstVisitAt,
        companyUrl: publicLink(publicUrl, `/virksomheder/${row.company.cvr}`),
        programmeUrl: publicLink(publicUrl, "/besoeg/program"),
      });
      return sendMailOnce(prisma, mailer, { key: `programme-reminder:${input.enrolmentId}:${input.step}`, to: [owner.email], ...mail });
    },

    /** The company said no thanks: recorded when a visit was still due, by active staff of its jobcentre. */
    async declineEnrolment(input: { enrolmentId: string; byUserId: string; at: string }): Promise<EnrolmentSnapshot> {
      const row = await prisma.programmeEnrolment.findUniqueOrThrow({ where: { id: input.enrolmentId }, select: { jobcentreId: true, status: true } });
      const actor = await prisma.user.findFirst({ where: { id: input.byUserId, jobcentreId: row.jobcentreId, active: true }, select: { id: true } });
      if (!actor) throw ApplicationFailure.nonRetryable("Kun jobcentrets egne medarbejdere kan registrere et nej.", PROGRAMME_REFUSALS.actorNotAllowed);
      if (isOpenEnrolment(row.status)) {
        await prisma.programmeEnrolment.updateMany({
          where: { id: input.enrolmentId, status: row.status },
          data: { status: "DECLINED", declinedAt: new Date(input.at), declinedById: input.byUserId },
        });
      }
      const after = await loadEnrolment(prisma, input.enrolmentId);
      if (after.status !== "DECLINED") throw ApplicationFailure.nonRetryable(NOT_OPEN_MESSAGE, PROGRAMME_REFUSALS.notOpen);
      return snapshotOf(after);
    },

    /**
     * Every running programme takes in the jobcentre's companies whose employee band is above its
     * threshold (one statement per programme); then the enrolments without a workflow get one, oldest first.
     */
    async enrolProgrammeCompanies(input: { at: string; jobcentreIds?: string[] | null }): Promise<EnrolProgrammesResult> {
      if (!deps.temporal) throw ApplicationFailure.nonRetryable("Enrolment needs a Temporal client", "Misconfigured");
      const at = new Date(input.at);
      const today = localDateOf(at);
      const jobcentres = input.jobcentreIds ? { jobcentreId: { in: input.jobcentreIds } } : {};
      const programmes = await prisma.visitProgramme.findMany({
        where: { startsOn: { lte: new Date(`${today}T00:00:00Z`) }, endsOn: { gte: new Date(`${today}T00:00:00Z`) }, ...jobcentres },
        select: { id: true, jobcentreId: true, employeesAbove: true, endsOn: true },
        orderBy: { id: "asc" },
      });
      let enrolled = 0;
      for (const programme of programmes) {
        const bands = EMPLOYEE_BANDS.filter((band) => isInProgramme(band, programme.employeesAbove));
        if (bands.length === 0) continue;
        enrolled += await prisma.$executeRaw`
          INSERT INTO "ProgrammeEnrolment" ("id", "programmeId", "companyId", "jobcentreId", "status", "enrolledAt", "firstVisitDueAt", "updatedAt")
          SELECT gen_random_uuid()::text, ${programme.id}, r."companyId", r."jobcentreId", 'AWAITING_VISIT'::"EnrolmentStatus",
                 ${instantSql(at)}, ${instantSql(programmeVisitDueAt(dateColumn(programme.endsOn)))}, ${instantSql(at)}
          FROM "CompanyRelationship" r
          JOIN "Company" c ON c."id" = r."companyId"
          WHERE r."jobcentreId" = ${programme.jobcentreId} AND c."employeeBand"::text = ANY(${bands as string[]})
          ON CONFLICT ("programmeId", "companyId") DO NOTHING`;
      }
      const waiting = await prisma.programmeEnrolment.findMany({
        where: { workflowStartedAt: null, status: { in: ["AWAITING_VISIT", "AWAITING_FOLLOW_UP"] satisfies EnrolmentStatus[] }, ...jobcentres },
        orderBy: [{ enrolledAt: "asc" }, { id: "asc" }],
        take: ENROL_BATCH,
        select: { id: true, programmeId: true, companyId: true },
      });
      const { client, taskQueue } = deps.temporal;
      for (const enrolment of waiting) {
        await startVisitProgrammeWorkflow(client, taskQueue, enrolment);
        await prisma.programmeEnrolment.updateMany({ where: { id: enrolment.id, workflowStartedAt: null }, data: { workflowStartedAt: at } });
      }
      return { enrolled, started: waiting.length };
    },
  };
}
