// The committee report as a PDF: printed by a worker's Chromium from the report page's component, with
// today's figures, then served from where the worker stored it.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { LEAD_ROLES } from "~/domain/staff-roles";
import { periodOf } from "~/domain/kpi/periods";
import { reportPeriodParams } from "~/models/kpi/committee-report.server";
import { todayIn } from "~/models/kpi/dashboard.server";
import { parsePeriodForm, periodFormOf } from "~/schemas/dashboard";
import { getPrisma } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { requireStaffUser } from "~/utils/session.server";
import { getTemporalClient, printCommitteeReportOnWorker } from "~/utils/temporal.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request, { roles: [...LEAD_ROLES] });
  const today = todayIn(new Date());
  const parsed = parsePeriodForm(periodFormOf(reportPeriodParams(new URL(request.url), today), today));
  if (!parsed.ok) throw new Response("Perioden kan ikke bruges. Ret den på rapportsiden.", { status: 400 });
  const period = periodOf(parsed.choice);
  let reportId: string;
  try {
    reportId = await printCommitteeReportOnWorker(await getTemporalClient(), getEnv().TEMPORAL_TASK_QUEUE, { jobcentreId: user.jobcentreId, choice: parsed.choice, kind: "ON_DEMAND" }, period);
  } catch (error) {
    console.error("committee report PDF failed", error instanceof Error ? error.message : error);
    throw new Response("Rapporten kunne ikke laves som PDF lige nu. Prøv igen om lidt, eller udskriv siden fra browseren.", { status: 503 });
  }
  const report = await getPrisma().committeeReport.findFirst({ where: { id: reportId, jobcentreId: user.jobcentreId }, select: { pdf: true } });
  if (!report) throw new Response("Ikke fundet", { status: 404 });
  return new Response(report.pdf, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="udvalgsrapport-${user.jobcentreId.replace(/[^a-z0-9-]/g, "")}-${period.from}-${period.to}.pdf"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
