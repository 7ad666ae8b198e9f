// Liveness for load balancers and the e2e start-up: the database answers.
import { getPrisma } from "~/utils/db.server";

export async function loader() {
  try {
    await getPrisma().$queryRaw`SELECT 1`;
    return new Response("ok", { headers: { "Cache-Control": "no-store" } });
  } catch {
    return new Response("database unavailable", { status: 503 });
  }
}
