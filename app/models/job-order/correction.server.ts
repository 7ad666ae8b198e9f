// The employer's corrections of an order: the values a correction starts from, and the history of what
// changed (JobOrderEvent CORRECTED, written by the workflow's correctOrder activity) for the pages.
import type { JobOrder, PrismaClient } from "@prisma/client";
import { CORRECTABLE_FIELDS, correctionValueText, CORRECTION_FIELD_LABELS, type CorrectableField, type FieldChange, type OrderCorrectionValues } from "~/domain/job-order/correction";
import { getPrisma } from "~/utils/db.server";
import { formatDateTime } from "~/utils/format";

/** The stored order's correctable columns; the hours as the row's decimal or as a number (the employer's view). */
type OrderRow = Pick<JobOrder, Exclude<CorrectableField, "hoursPerWeek">> & { hoursPerWeek: { toString(): string } | number };

const dateOf = (d: Date) => d.toISOString().slice(0, 10);

/** The order's correctable values as the form and the workflow compare them. */
export function correctionValuesOf(order: OrderRow): OrderCorrectionValues {
  return {
    title: order.title,
    description: order.description,
    positions: order.positions,
    hoursPerWeek: Number(order.hoursPerWeek.toString()),
    startDate: dateOf(order.startDate),
    applicationDeadline: order.applicationDeadline ? dateOf(order.applicationDeadline) : null,
    requirements: order.requirements,
    openToSmallJobs: order.openToSmallJobs,
    openToFlexJob: order.openToFlexJob,
    openToJobCrafting: order.openToJobCrafting,
    contactName: order.contactName,
    contactPhone: order.contactPhone,
  };
}

/** What the event of a correction holds. */
export type CorrectionEventData = { changes: FieldChange[]; byName: string };

export function isCorrectionEventData(data: unknown): data is CorrectionEventData {
  const d = data as CorrectionEventData | null;
  return (
    typeof d === "object" &&
    d !== null &&
    Array.isArray(d.changes) &&
    d.changes.every((c) => typeof c === "object" && c !== null && (CORRECTABLE_FIELDS as readonly string[]).includes(c.field))
  );
}

export type CorrectionView = {
  id: string;
  at: string;
  byName: string;
  changes: Array<{ field: CorrectableField; label: string; before: string; after: string; long: boolean }>;
};

const LONG_FIELDS: ReadonlySet<CorrectableField> = new Set(["description", "requirements"]);

/** The order's corrections, newest first, for the consultant's order page. */
export async function listCorrections(orderId: string, prisma: PrismaClient = getPrisma()): Promise<CorrectionView[]> {
  const events = await prisma.jobOrderEvent.findMany({ where: { orderId, kind: "CORRECTED" }, orderBy: { at: "desc" }, select: { id: true, at: true, data: true } });
  return events.flatMap((e) =>
    isCorrectionEventData(e.data)
      ? [
          {
            id: e.id,
            at: formatDateTime(e.at),
            byName: e.data.byName,
            changes: e.data.changes.map((c) => ({
              field: c.field,
              label: CORRECTION_FIELD_LABELS[c.field],
              before: correctionValueText(c.field, c.before),
              after: correctionValueText(c.field, c.after),
              long: LONG_FIELDS.has(c.field),
            })),
          },
        ]
      : [],
  );
}
