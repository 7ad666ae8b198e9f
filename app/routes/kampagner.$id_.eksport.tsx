// A campaign's companies as CSV or XLSX: each with its consultant and its campaign visit, the list to take along.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { campaignCompanyRows, CAMPAIGN_COMPANY_HEAD, isCampaignId } from "~/models/campaign/campaigns.server";
import { getPrisma } from "~/utils/db.server";
import { requireStaffUser } from "~/utils/session.server";
import { exportFormatOf, exportResponse, rowsOf } from "~/utils/table-export.server";

const NOT_FOUND = "Kampagnen findes ikke hos jobcentret.";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request);
  if (!isCampaignId(params.id)) throw new Response(NOT_FOUND, { status: 404 });
  const list = await campaignCompanyRows(getPrisma(), user.jobcentreId, params.id);
  if (!list) throw new Response(NOT_FOUND, { status: 404 });
  return exportResponse({ format: exportFormatOf(new URL(request.url)), fileName: `kampagne-${params.id.slice(0, 8)}`, sheetName: "Virksomheder", head: CAMPAIGN_COMPANY_HEAD, rows: rowsOf(list.rows) });
}
