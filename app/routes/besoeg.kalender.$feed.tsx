// A consultant's visits as an iCalendar feed (`<user id>.<token>.ics`): the link is the key, since a
// subscribed calendar cannot sign in. Anything but a live feed is not found.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { renderCalendarFeed } from "~/models/visit/calendar-feed.server";
import { getPrisma } from "~/utils/db.server";
import { getEnv, linkSecret } from "~/utils/env.server";
import { LINK_PAGE_HEADERS } from "~/utils/http-headers";

export async function loader({ params }: LoaderFunctionArgs) {
  const env = getEnv();
  const body = await renderCalendarFeed(getPrisma(), { secret: linkSecret(env), feed: params.feed ?? "", publicUrl: env.PUBLIC_URL });
  if (body === null) throw new Response("Kalenderen findes ikke.", { status: 404, headers: LINK_PAGE_HEADERS });
  return new Response(body, {
    headers: { ...LINK_PAGE_HEADERS, "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": 'inline; filename="besoeg.ics"' },
  });
}
