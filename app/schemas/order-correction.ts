// The employer's correction of an open order: the order form's own rules for the fields that may change
// (app/domain/job-order/correction.ts), shared by the browser and the server. Dates the order already has
// pass as they are, also once they are in the past; a new date follows the rules of a new order.
import { z } from "zod";
import type { OrderCorrectionValues } from "~/domain/job-order/correction";
import { createJobOrderSchema, type JobOrderSchemaOptions } from "~/schemas/job-order";

export const ORDER_CORRECTION_MESSAGES = {
  nothingChanged: "I har ikke ændret noget. Ret et eller flere felter, eller gå tilbage til jobordren.",
  updateKeyInvalid: "Formularen er for gammel. Genindlæs siden, og prøv igen.",
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
      // The Temporal update id: a resubmitted form (double click, retry after a time-out) is the same correction.
      updateKey: z
        .string({ required_error: ORDER_CORRECTION_MESSAGES.updateKeyInvalid, invalid_type_error: ORDER_CORRECTION_MESSAGES.updateKeyInvalid })
        .uuid(ORDER_CORRECTION_MESSAGES.updateKeyInvalid),
    })
    .transform(({ updateKey, ...fields }) => {
      const values: OrderCorrectionValues = { ...fields, applicationDeadline: fields.applicationDeadline ?? null };
      return { updateKey, values };
    });
}

export type OrderCorrectionSchema = ReturnType<typeof createOrderCorrectionSchema>;
