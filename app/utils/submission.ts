// Conform's answers from the server, shared by the routes that send them.
import type { SubmissionResult } from "@conform-to/react";

/**
 * A hidden input's error (the update key, a row's id: a page out of date or a hand-made request) has no
 * field to stand beside, so it is said for the whole form, after the form's own errors, instead of dropped.
 */
export function withHiddenFieldErrorsOnForm(result: SubmissionResult<string[]>, hidden: readonly string[]): SubmissionResult<string[]> {
  if (!result.error) return result;
  const moved = hidden.flatMap((name) => result.error?.[name] ?? []);
  if (moved.length === 0) return result;
  const error = Object.fromEntries(Object.entries(result.error).filter(([name]) => !hidden.includes(name)));
  error[""] = [...new Set([...(result.error[""] ?? []), ...moved])];
  return { ...result, error };
}
