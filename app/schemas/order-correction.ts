// The employer's correction of an open order: the order form's own rules for the fields that may change
// (app/domain/job-order/correction.ts), shared by the browser and the server. Dates the order already has
// pass as they are, also once they are in the past; a new date follows the rules of a new order.
import { STALE_FORM_MESSAGE, updateKeyField } from "./update-key";
import type { OrderCorrectionValues } from "~/domain/job-order/correction";
import { createJobOrderSchema, type JobOrderSchemaOptions } from "~/schemas/job-order";

export const ORDER_CORRECTION_MESSAGES = {
  nothingChanged: "I har ikke ændret noget. Ret et eller flere felter, eller gå tilbage til jobordren.",
  updateKeyInvalid: STALE_FORM_MESSAGE,
} as const;

export function createOrderCorrectionSchema(options: JobOrderSchemaOptions = {}) {
  return createJobOrderSchema(options)
    .pick({
      title: true,
      description: true,
      positions: true,
      hoursPerWeek: true,
      startDate: true,
      applicationDeadline: true,
      requirements: true,
      openToSmallJobs: true,
      openToFlexJob: true,
      openToJobCrafting: true,
      contactName: true,
      contactPhone: true,
    })
    .extend({
      updateKey: updateKeyField,
    })
    .transform(({ updateKey, ...fields }) => {
      const values: OrderCorrectionValues = { ...fields, applicationDeadline: fields.applicationDeadline ?? null };
      return { updateKey, values };
    });
}

export type OrderCorrectionSchema = ReturnType<typeof createOrderCorrectionSchema>;
