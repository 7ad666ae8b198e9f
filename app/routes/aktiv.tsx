// The page's "still here" while someone types (root.tsx): reading the session moves its idle clock on.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getPortalSession } from "~/utils/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await getPortalSession(request);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
