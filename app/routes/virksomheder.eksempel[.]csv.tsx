// The example CVR extract for the company import, as a download. Staff only, like the jobseekers' one.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { exampleCompanyCsv } from "~/models/company/import.server";
import { requireStaffUser } from "~/utils/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaffUser(request);
  return new Response(exampleCompanyCsv(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="virksomheder-eksempel.csv"',
      "Cache-Control": "private, max-age=300",
    },
  });
}
