// Employers sign in to "Mine jobordrer" with a single-use link mailed to the contact address of their
// orders. The page answers the same whether or not the address has orders, so it cannot be used to
// find out who has sent job orders.
import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { describeHours } from "../../emails/layout";
import { CsrfInput } from "~/components/csrf-input";
import { Alert, FieldError, formGroupClass } from "~/components/forms";
import { mailSignInLinkIfKnown } from "~/models/access/employer-login.server";
import { readForm } from "~/utils/csrf.server";
import { getEnv } from "~/utils/env.server";
import { checkRateLimit, clientAddress } from "~/utils/rate-limit.server";
import { getPortalSession } from "~/utils/session.server";

export { retryAfterHeaders as headers } from "~/utils/http-headers";

export const meta: MetaFunction = () => [{ title: "Log ind på Mine jobordrer – Jobcentrenes rekrutteringsservice" }];

// Only used by this page, in the browser and on the server.
const requestLinkSchema = z.object({
  email: z
    .string({ required_error: "Skriv den e-mailadresse, I brugte på jobordren" })
    .trim()
    .min(1, "Skriv den e-mailadresse, I brugte på jobordren")
    .max(254, "Skriv e-mailadressen i det rigtige format, fx navn@virksomhed.dk")
    .email("Skriv e-mailadressen i det rigtige format, fx navn@virksomhed.dk")
    .toLowerCase(),
});

const ADDRESS_LIMIT = 10;
const ADDRESS_WINDOW_SECONDS = 15 * 60;
const EMAIL_LIMIT = 3;
const EMAIL_WINDOW_SECONDS = 60 * 60;

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getPortalSession(request);
  if (session?.employerEmail) throw redirect("/mine-jobordrer");
  return json({ ttlHours: getEnv().EMPLOYER_LINK_TTL_HOURS });
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: requestLinkSchema });
  if (submission.status !== "success") {
    return json({ result: submission.reply(), sentTo: null }, { status: 400 });
  }
  const { email } = submission.value;

  const byAddress = await checkRateLimit(`employer-link:ip:${clientAddress(request)}`, ADDRESS_LIMIT, ADDRESS_WINDOW_SECONDS);
  if (!byAddress.ok) {
    const minutes = Math.max(1, Math.ceil(byAddress.retryAfterSeconds / 60));
    return json(
      {
        result: submission.reply({
          formErrors: [`Der er bedt om mange links fra jeres forbindelse. Vent ${minutes} ${minutes === 1 ? "minut" : "minutter"}, og prøv igen.`],
        }),
        sentTo: null,
      },
      { status: 429, headers: { "Retry-After": String(byAddress.retryAfterSeconds) } },
    );
  }
  // Per address the limit is silent: an error here would tell that the address is in use.
  const byEmail = await checkRateLimit(`employer-link:email:${email}`, EMAIL_LIMIT, EMAIL_WINDOW_SECONDS);
  if (byEmail.ok) {
    mailSignInLinkIfKnown(email).catch((error: unknown) => {
      console.error("[mine-jobordrer] could not send a sign-in link:", error);
    });
  }
  return json({ result: submission.reply({ resetForm: true }), sentTo: email });
}

export default function RequestLoginLink() {
  const { ttlHours } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "mine-jobordrer-log-ind",
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: requestLinkSchema }),
  });

  if (actionData?.sentTo) {
    return (
      <div className="row">
        <div className="col-12 col-md-8 col-lg-6">
          <h1>Tjek jeres e-mail</h1>
          <Alert kind="success">
            <p>
              Hvis der er jobordrer med <strong>{actionData.sentTo}</strong> som kontaktadresse, har vi sendt et link til at
              logge ind. Linket kan bruges én gang og virker i {describeHours(ttlHours)}.
            </p>
          </Alert>
          <p>
            Kan I ikke finde mailen efter nogle minutter, så kig i uønsket post. Tjek også, at det er den samme e-mailadresse,
            som I skrev på jobordren.
          </p>
          <p>
            <Link to="/mine-jobordrer/log-ind">Bed om et nyt link</Link>
          </p>
        </div>
      </div>
    );
  }

  const { key, ...emailProps } = getInputProps(fields.email, { type: "email", ariaDescribedBy: "email-hint" });
  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <h1>Log ind på Mine jobordrer</h1>
        <p className="font-lead">
          Under Mine jobordrer kan I følge jeres jobordrer og læse jobcentrets svar. I skal ikke have en bruger: vi sender et
          link til jeres e-mail.
        </p>
        {form.errors ? (
          <Alert kind="error" heading="Vi kunne ikke sende et link">
            <p id={form.errorId}>{form.errors.join(" ")}</p>
          </Alert>
        ) : null}
        <Form method="post" {...getFormProps(form)} noValidate>
          <CsrfInput />
          <div className={formGroupClass(fields.email.errors)}>
            <label className="form-label" htmlFor={fields.email.id}>
              E-mail
            </label>
            <span className="form-hint" id="email-hint">
              Den e-mailadresse, I skrev som kontaktperson på jobordren
            </span>
            <FieldError id={fields.email.errorId} errors={fields.email.errors?.slice(0, 1)} />
            <input key={key} className="form-input input-width-xl" autoComplete="email" {...emailProps} />
          </div>
          <button type="submit" className="button button-primary" disabled={navigation.state === "submitting"}>
            Send link
          </button>
        </Form>
        <p className="mt-6">
          Har I ikke sendt en jobordre endnu? <Link to="/jobordre/ny">Opret en jobordre</Link>.
        </p>
      </div>
    </div>
  );
}
