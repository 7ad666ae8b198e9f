// The example import file, as a download. Staff only: it shows how the register is fed, nothing more.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { exampleJobseekerCsv } from "~/models/jobseeker/import.server";
import { requireStaffUser } from "~/utils/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaffUser(request);
  return new Response(exampleJobseekerCsv(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="jobsogere-eksempel.csv"',
      "Cache-Control": "private, max-age=300",
    },
  });
}
