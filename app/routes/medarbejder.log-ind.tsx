// Staff sign-in: email + password (argon2id). Wrong passwords slow the next attempt down; nothing locks
// an account (app/models/access/sign-in.server.ts).
import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { Alert, FieldError, formGroupClass } from "~/components/forms";
import { CsrfInput } from "~/components/csrf-input";
import { deviceCookieHeader, readDeviceId, recordFailedSignIn, recordSuccessfulSignIn, secondsToWait, type SignInAttempt } from "~/models/access/sign-in.server";
import { findActiveStaffByEmail } from "~/models/access/users.server";
import { staffSignInSchema } from "~/schemas/staff";
import { readForm } from "~/utils/csrf.server";
import { hashPassword, verifyPassword } from "~/utils/password.server";
import { clientAddress } from "~/utils/rate-limit.server";
import { safeRedirectPath } from "~/utils/safe-redirect";
import { createStaffSession, getPortalSession } from "~/utils/session.server";

export { retryAfterHeaders as headers } from "~/utils/http-headers";

export const meta: MetaFunction = () => [{ title: "Log ind som medarbejder – Jobcentrenes rekrutteringsservice" }];

const GENERIC_ERROR = "E-mailadressen eller adgangskoden er forkert.";

// Verifying against a throw-away hash for unknown emails keeps both answers equally slow.
let dummyHash: Promise<string> | undefined;
function getDummyHash() {
  dummyHash ??= hashPassword("ingen-bruger-har-denne-adgangskode");
  return dummyHash;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getPortalSession(request);
  if (session?.user) {
    const redirectTo = new URL(request.url).searchParams.get("redirectTo");
    throw redirect(safeRedirectPath(redirectTo, "/indbakke"));
  }
  return null;
}

function waitMessage(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  const wait = seconds < 60 ? `${seconds} ${seconds === 1 ? "sekund" : "sekunder"}` : `${minutes} ${minutes === 1 ? "minut" : "minutter"}`;
  return `Der er skrevet forkert adgangskode flere gange. Vent ${wait}, og prøv igen.`;
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: staffSignInSchema });
  if (submission.status !== "success") {
    return json(submission.reply({ hideFields: ["password"] }), { status: 400 });
  }
  const { email, password, redirectTo } = submission.value;
  // Worked out first: a 500 after the session row was written would leave the user signed in and lost.
  const target = safeRedirectPath(redirectTo, "/indbakke");

  const user = await findActiveStaffByEmail(email);
  const attempt: SignInAttempt = { email, address: clientAddress(request), deviceId: await readDeviceId(request, user?.id ?? null) };
  const wait = await secondsToWait(attempt);
  if (wait > 0) {
    return json(submission.reply({ formErrors: [waitMessage(wait)], hideFields: ["password"] }), {
      status: 429,
      headers: { "Retry-After": String(wait) },
    });
  }

  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyPassword(await getDummyHash(), password).then(() => false);
  if (!user || !valid) {
    await recordFailedSignIn(attempt, user);
    // One message for unknown email and wrong password: the form must not reveal who has an account.
    return json(submission.reply({ formErrors: [GENERIC_ERROR], hideFields: ["password"] }), { status: 400 });
  }
  const notice = await recordSuccessfulSignIn(attempt, user);
  return createStaffSession(request, user.id, target, { notice, headers: { "Set-Cookie": await deviceCookieHeader(user.id) } });
}

export default function StaffSignIn() {
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: staffSignInSchema }),
  });
  const redirectTo = searchParams.get("redirectTo") ?? "";

  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <h1>Log ind som medarbejder</h1>
        <p className="font-lead">For virksomhedskonsulenter, teamledere, ledere og administratorer i jobcentrets virksomhedsservice.</p>
        {form.errors ? (
          <Alert kind="error" heading="Du blev ikke logget ind">
            <p id={form.errorId}>{form.errors.join(" ")}</p>
          </Alert>
        ) : null}
        <Form method="post" {...getFormProps(form)}>
          <CsrfInput />
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <div className={formGroupClass(fields.email.errors)}>
            <label className="form-label" htmlFor={fields.email.id}>E-mail</label>
            <FieldError id={fields.email.errorId} errors={fields.email.errors} />
            <input className="form-input input-width-xl" autoComplete="username" {...getInputProps(fields.email, { type: "email" })} />
          </div>
          <div className={formGroupClass(fields.password.errors)}>
            <label className="form-label" htmlFor={fields.password.id}>Adgangskode</label>
            <FieldError id={fields.password.errorId} errors={fields.password.errors} />
            <input className="form-input input-width-xl" autoComplete="current-password" {...getInputProps(fields.password, { type: "password" })} />
          </div>
          <button type="submit" className="button button-primary" disabled={navigation.state === "submitting"}>
            Log ind
          </button>
        </Form>
        <p className="mt-6">Er du virksomhed? Du behøver ikke at logge ind for at <a href="/jobordre/ny">oprette en jobordre</a>.</p>
      </div>
    </div>
  );
}
