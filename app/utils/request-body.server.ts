// How much of a request body the portal reads. Every form goes through readForm (app/utils/csrf.server.ts)
// and the CSV imports through readCsvUpload (app/utils/upload.server.ts); both read through limitBody, which stops at the
// limit while the body streams in, chunked or not, so an oversized post costs at most the limit.
import { MAX_UPLOAD_BYTES } from "./csv-import";

/** The largest form: a job order with every field full of four-byte characters is under 100 KiB encoded. */
export const FORM_BODY_LIMIT_BYTES = 256 * 1024;
/** The CSV import: the file's own limit and room for the multipart framing and the other fields. */
export const UPLOAD_BODY_LIMIT_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;
/** Above this the web server refuses an announced body before any route sees it. */
export const MAX_REQUEST_BODY_BYTES = Math.max(FORM_BODY_LIMIT_BYTES, UPLOAD_BODY_LIMIT_BYTES);

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

export function tooLargeResponse(): Response {
  return new Response("Det, du har sendt, er for stort til at blive modtaget. Kortere tekster kan sendes.", { status: 413 });
}

/** The request's media type, without parameters, in lower case ("" when absent). */
export function mediaType(request: Request): string {
  return (request.headers.get("Content-Type") ?? "").split(";")[0]!.trim().toLowerCase();
}

/** Pages post forms only: a JSON or text body is refused with a 415, not read. */
export function requireFormBody(request: Request, types: string[] = FORM_TYPES): void {
  if (!types.includes(mediaType(request))) {
    throw new Response("Siden tager kun imod formularer. Brug formularen på siden.", { status: 415 });
  }
}

export type LimitedRequest = { request: Request; exceeded: () => boolean };

/**
 * The same request with a body that fails once more than `maxBytes` have arrived. An announced larger
 * body is refused at once (413) without reading it.
 */
export function limitBody(request: Request, maxBytes: number): LimitedRequest {
  const announced = Number(request.headers.get("Content-Length") ?? "0");
  if (announced > maxBytes) throw tooLargeResponse();
  let over = false;
  if (!request.body) return { request, exceeded: () => over };
  let received = 0;
  const counted = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received > maxBytes) {
          over = true;
          controller.error(new Error(`request body over ${maxBytes} bytes`));
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
  const limited = new Request(request.url, { method: request.method, headers: request.headers, body: counted, signal: request.signal, duplex: "half" } as RequestInit);
  return { request: limited, exceeded: () => over };
}
