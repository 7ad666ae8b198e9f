// Staff sign-in: email + password (argon2id), rate limited per client address and per email.
import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { Alert, FieldError, formGroupClass } from "~/components/staff-form";
import { CsrfInput } from "~/components/csrf-input";
import { clearSignInFailures, findActiveStaffByEmail } from "~/models/user.server";
import { staffSignInSchema } from "~/schemas/staff";
import { readForm } from "~/utils/csrf.server";
import { hashPassword, verifyPassword } from "~/utils/password.server";
import { checkRateLimit, clientAddress } from "~/utils/rate-limit.server";
import { createStaffSession, getPortalSession, safeRedirectPath } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Log ind som medarbejder – Jobcentrenes rekrutteringsservice" }];

// Per email: consecutive failures (a success clears the window). Per address: higher, since a whole
// jobcentre may sign in from behind one NAT address.
const WINDOW_SECONDS = 15 * 60;
const EMAIL_LIMIT = 10;
const ADDRESS_LIMIT = 50;
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

function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `For mange forsøg på at logge ind. Vent ${minutes} ${minutes === 1 ? "minut" : "minutter"}, og prøv igen.`;
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: staffSignInSchema });
  if (submission.status !== "success") {
    return json(submission.reply({ hideFields: ["password"] }), { status: 400 });
  }
  const { email, password, redirectTo } = submission.value;

  const emailKey = `staff-sign-in:email:${email}`;
  const limits = [
    await checkRateLimit(`staff-sign-in:ip:${clientAddress(request)}`, ADDRESS_LIMIT, WINDOW_SECONDS),
    await checkRateLimit(emailKey, EMAIL_LIMIT, WINDOW_SECONDS),
  ];
  const blocked = limits.find((l) => !l.ok);
  if (blocked && !blocked.ok) {
    return json(submission.reply({ formErrors: [tooManyAttemptsMessage(blocked.retryAfterSeconds)], hideFields: ["password"] }), {
      status: 429,
      headers: { "Retry-After": String(blocked.retryAfterSeconds) },
    });
  }

  const user = await findActiveStaffByEmail(email);
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyPassword(await getDummyHash(), password).then(() => false);
  if (!user || !valid) {
    // One message for unknown email and wrong password: the form must not reveal who has an account.
    return json(submission.reply({ formErrors: [GENERIC_ERROR], hideFields: ["password"] }), { status: 400 });
  }
  await clearSignInFailures(emailKey);
  return createStaffSession(request, user.id, safeRedirectPath(redirectTo, "/indbakke"));
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
