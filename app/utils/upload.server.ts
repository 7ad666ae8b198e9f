// The CSV file of an import form, received as every import receives it: a multipart body held to the upload
// limit while it streams in, its CSRF token checked, the file decoded as UTF-8 by the import's own rules.
import { MaxPartSizeExceededError, unstable_createMemoryUploadHandler, unstable_parseMultipartFormData } from "@remix-run/node";
import { cleanForm } from "./csrf.server";
import { IMPORT_FILE_FIELD, MAX_UPLOAD_BYTES, tooLargeMessage, type DecodedUpload } from "./csv-import";
import { limitBody, mediaType, UPLOAD_BODY_LIMIT_BYTES, type LimitedRequest } from "./request-body.server";

export type ReceivedUpload = { ok: true; text: string; fileName: string } | { ok: false; error: string; status: number };

export async function readCsvUpload(request: Request, decode: (bytes: Uint8Array) => DecodedUpload): Promise<ReceivedUpload> {
  const notReceived = "Filen kunne ikke modtages. Vælg filen igen, og prøv en gang til.";
  const tooLarge = { ok: false as const, error: tooLargeMessage(MAX_UPLOAD_BYTES), status: 413 };
  if (mediaType(request) !== "multipart/form-data") return { ok: false, error: notReceived, status: 415 };
  // The whole body is held to the file's limit while it streams in (an announced larger one is not read).
  let limited: LimitedRequest;
  try {
    limited = limitBody(request, UPLOAD_BODY_LIMIT_BYTES);
  } catch {
    return tooLarge;
  }
  let uploaded: FormData;
  try {
    uploaded = await unstable_parseMultipartFormData(limited.request, unstable_createMemoryUploadHandler({ maxPartSize: MAX_UPLOAD_BYTES }));
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError || limited.exceeded()) return tooLarge;
    return { ok: false, error: notReceived, status: 400 };
  }
  // The token rides in the multipart body, so it can only be checked once that is parsed.
  const formData = await cleanForm(request, uploaded);
  const file = formData.get(IMPORT_FILE_FIELD);
  if (!(file instanceof Blob) || file.size === 0) return { ok: false, error: "Vælg den CSV-fil, du vil importere.", status: 400 };
  const fileName = "name" in file && typeof file.name === "string" && file.name ? file.name : "filen";
  const decoded = decode(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return { ok: false, error: decoded.error, status: 400 };
  return { ok: true, text: decoded.text, fileName };
}
