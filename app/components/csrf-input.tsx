import { useRouteLoaderData } from "@remix-run/react";
import type { RootLoaderData } from "~/root";

/** The hidden CSRF field every changing form carries (checked by validateCsrf in the action). */
export function CsrfInput() {
  const data = useRouteLoaderData<RootLoaderData>("root");
  return <input type="hidden" name="csrf" value={data?.csrfToken ?? ""} />;
}
