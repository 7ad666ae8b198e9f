// The Temporal update id every update form carries: a resubmitted form (a double click, a retry after a
// time-out) is the same update. A missing or broken one means the page is out of date.
import { z } from "zod";

export const STALE_FORM_MESSAGE = "Formularen er for gammel. Genindlæs siden, og prøv igen.";

const stringField = z.string({ required_error: STALE_FORM_MESSAGE, invalid_type_error: STALE_FORM_MESSAGE });

/** One fresh key per form. */
export const updateKeyField = stringField.uuid(STALE_FORM_MESSAGE);

/** A page with a form per row: one key for the page, and each form's intent and row after it. */
export const rowUpdateKeyField = stringField.regex(
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?::[\w-]{1,40}){0,2}$/i,
  STALE_FORM_MESSAGE,
);
