// The plan's business-service goals of the admin's jobcentre per year, and the national figures a goal
// can be compared with. Goals the portal cannot compute yet are marked as such, never shown as zero.
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { CsrfInput } from "~/components/csrf-input";
import { Alert, FormErrors, NumberField, RadioGroup, SelectField, TextareaField, TextField } from "~/components/forms";
import { deleteGoal, goalsAdminPage, saveGoal, saveNationalFigure } from "~/models/kpi/goals.server";
import { GOAL_YEARS, goalFormSchema, nationalFigureFormSchema } from "~/schemas/goals";
import { danishToday } from "~/schemas/job-order";
import { readForm } from "~/utils/csrf.server";
import { requireStaffUser } from "~/utils/session.server";
import { ScrollBox } from "~/components/scroll-box";

export const meta: MetaFunction = () => [{ title: "Mål i beskæftigelsesplanen – Jobcentrenes rekrutteringsservice" }];

const SUCCESS_MESSAGES: Record<string, string> = {
  gemt: "Målet er gemt.",
  slettet: "Målet er slettet.",
  landstal: "Landstallet er gemt.",
};

/** The year in the address, or this year in Copenhagen; a year outside the range is this year too. */
function yearOf(request: Request): number {
  const thisYear = Number(danishToday().slice(0, 4));
  const raw = new URL(request.url).searchParams.get("aar");
  const year = raw && /^\d{4}$/.test(raw) ? Number(raw) : thisYear;
  return year >= GOAL_YEARS.min && year <= GOAL_YEARS.max ? year : thisYear;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request, { roles: ["ADMIN"] });
  const search = new URL(request.url).searchParams;
  const successKey = Object.keys(SUCCESS_MESSAGES).find((k) => search.get(k) === "1");
  const page = await goalsAdminPage(user.jobcentreId, yearOf(request));
  return json({ ...page, editing: search.get("ret"), success: successKey ? SUCCESS_MESSAGES[successKey]! : null });
}

const deleteGoalSchema = z.object({ intent: z.literal("deleteGoal"), goalId: z.string().uuid(), year: z.number().int() });

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const user = await requireStaffUser(request, { roles: ["ADMIN"] });
  const intent = formData.get("intent");
  if (intent === "saveGoal") {
    const submission = parseWithZod(formData, { schema: goalFormSchema });
    if (submission.status !== "success") return json({ intent, result: submission.reply() }, { status: 400 });
    await saveGoal(user.jobcentreId, user.id, submission.value);
    return redirect(`/admin/maal?aar=${submission.value.year}&gemt=1`);
  }
  if (intent === "saveNationalFigure") {
    const submission = parseWithZod(formData, { schema: nationalFigureFormSchema });
    if (submission.status !== "success") return json({ intent, result: submission.reply() }, { status: 400 });
    await saveNationalFigure(user.id, submission.value);
    return redirect(`/admin/maal?aar=${submission.value.year}&landstal=1`);
  }
  if (intent === "deleteGoal") {
    const submission = parseWithZod(formData, { schema: deleteGoalSchema });
    // Another jobcentre's goal, or one already gone: not found, whatever the id.
    if (submission.status !== "success" || !(await deleteGoal(user.jobcentreId, submission.value.goalId))) {
      throw new Response("Målet findes ikke.", { status: 404 });
    }
    return redirect(`/admin/maal?aar=${submission.value.year}&slettet=1`);
  }
  throw new Response("Ukendt handling.", { status: 400 });
}

export default function GoalsAdmin() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" ? navigation.formData?.get("intent") : null;
  const editing = page.goals.find((g) => g.measure === page.editing) ?? null;

  const [goalForm, goalFields] = useForm({
    id: `goal-form-${page.year}-${editing?.measure ?? "new"}`,
    lastResult: actionData?.intent === "saveGoal" ? actionData.result : undefined,
    defaultValue: editing?.values ?? { year: String(page.year), comparator: "AT_LEAST" },
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: goalFormSchema }),
  });
  const [figureForm, figureFields] = useForm({
    id: "national-figure-form",
    lastResult: actionData?.intent === "saveNationalFigure" ? actionData.result : undefined,
    defaultValue: { year: String(page.year - 1) },
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: nationalFigureFormSchema }),
  });

  return (
    <>
      <h1>Mål i beskæftigelsesplanen</h1>
      <p className="font-lead">Virksomhedsrettede mål for {page.year}. Ledelsen følger dem på dashboardet.</p>
      {page.success ? <Alert kind="success" heading={page.success} /> : null}
      <nav aria-label="År">
        <p>
          <Link to={`/admin/maal?aar=${page.year - 1}`}>Mål for {page.year - 1}</Link> · <Link to={`/admin/maal?aar=${page.year + 1}`}>Mål for {page.year + 1}</Link>
        </p>
      </nav>

      <h2>Mål for {page.year}</h2>
      {page.goals.length === 0 ? (
        <p>Der er ingen mål for {page.year} endnu.</p>
      ) : (
        <ScrollBox label="Målene">
          <table className="table table--zebra">
            <caption>Mål for {page.year} ({page.goals.length})</caption>
            <thead>
              <tr>
                <th scope="col">Mål</th>
                <th scope="col">Måler</th>
                <th scope="col">Målet er</th>
                <th scope="col">Kan beregnes</th>
                <th scope="col">Handlinger</th>
              </tr>
            </thead>
            <tbody>
              {page.goals.map((goal) => (
                <tr key={goal.id}>
                  <th scope="row">
                    {goal.label}
                    <div className="weight-normal answer-text">{goal.wording}</div>
                  </th>
                  <td>{goal.measureLabel}</td>
                  <td>
                    {goal.target}
                    {goal.national ? <div>Landsgennemsnit: {goal.national}</div> : null}
                  </td>
                  <td>{goal.computable ? "Ja" : "Ikke endnu – kræver registrering af virksomhedsbesøg i portalen"}</td>
                  <td>
                    <Link to={`/admin/maal?aar=${page.year}&ret=${goal.measure}#maal-formular`}>
                      Ret <span className="sr-only">{goal.label}</span>
                    </Link>
                    <Form method="post" className="mt-2">
                      <CsrfInput />
                      <input type="hidden" name="intent" value="deleteGoal" />
                      <input type="hidden" name="goalId" value={goal.id} />
                      <input type="hidden" name="year" value={page.year} />
                      <button type="submit" className="button button-tertiary" disabled={busy === "deleteGoal"}>
                        Slet <span className="sr-only">{goal.label}</span>
                      </button>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}

      <h2 id="maal-formular">{editing ? `Ret målet ${editing.label}` : "Tilføj et mål"}</h2>
      <p>Hvert mål måler én ting. Gemmer du et mål for noget, der allerede har et mål i året, erstatter det det gamle.</p>
      <Form method="post" {...getFormProps(goalForm)}>
        <FormErrors heading="Målet er ikke gemt" errors={goalForm.errors} id={goalForm.errorId} />
        <CsrfInput />
        <input type="hidden" name="intent" value="saveGoal" />
        <NumberField field={goalFields.year} label="År" min={GOAL_YEARS.min} max={GOAL_YEARS.max} />
        <SelectField
          field={goalFields.measure}
          label="Hvad måler målet?"
          options={page.measures.map((m) => ({ value: m.value, label: m.computable ? m.label : `${m.label} (kan ikke beregnes endnu)` }))}
        />
        <RadioGroup field={goalFields.comparator} legend="Målet er" options={page.comparators} />
        <TextField
          field={goalFields.target}
          label="Målets tal"
          hint="En andel i procent (fx 85) eller et antal (fx 75). Tomt, når målet er landsgennemsnittet."
          inputMode="decimal"
          className="form-input input-width-xs"
        />
        <NumberField field={goalFields.perItemTarget} label="Virksomheder pr. kampagne (kun kampagner)" hint="Fx 150." min={1} />
        <TextField field={goalFields.label} label="Målets navn i planen" hint="Fx Resultatmål 5a." />
        <TextareaField field={goalFields.wording} label="Målet med planens egne ord" rows={3} />
        <button type="submit" className="button button-primary" disabled={busy === "saveGoal"}>
          {busy === "saveGoal" ? "Gemmer …" : "Gem målet"}
        </button>
      </Form>

      <h2>Landstal</h2>
      <p>Formidlingsgrad og besættelsesgrad for hele landet pr. år, som STAR offentliggør dem. Et mål om mindst landsgennemsnittet sammenlignes med årets tal, ellers det seneste før.</p>
      {page.nationalFigures.length === 0 ? (
        <p>Der er ingen landstal endnu.</p>
      ) : (
        <ScrollBox label="Landstal">
          <table className="table table--zebra">
            <caption>Landstal</caption>
            <thead>
              <tr>
                <th scope="col">År</th>
                <th scope="col">Tal</th>
                <th scope="col">Værdi</th>
                <th scope="col">Kilde</th>
              </tr>
            </thead>
            <tbody>
              {page.nationalFigures.map((f) => (
                <tr key={f.id}>
                  <td>{f.year}</td>
                  <th scope="row">{f.measure}</th>
                  <td>{f.value}</td>
                  <td>
                    {f.source}
                    <div className="form-hint">{f.updated}</div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      <h3>Tilføj eller ret et landstal</h3>
      <Form method="post" {...getFormProps(figureForm)}>
        <FormErrors heading="Landstallet er ikke gemt" errors={figureForm.errors} id={figureForm.errorId} />
        <CsrfInput />
        <input type="hidden" name="intent" value="saveNationalFigure" />
        <NumberField field={figureFields.year} label="År for landstallet" min={GOAL_YEARS.min} max={GOAL_YEARS.max} />
        <SelectField
          field={figureFields.measure}
          label="Tal"
          options={[
            { value: "FORMIDLINGSGRAD", label: "Formidlingsgrad" },
            { value: "BESAETTELSESGRAD", label: "Besættelsesgrad" },
          ]}
        />
        <TextField field={figureFields.value} label="Værdi i procent" hint="Fx 72." inputMode="decimal" className="form-input input-width-xs" />
        <TextField field={figureFields.source} label="Kilde" hint="Fx STAR, jobindsats.dk, hentet 1. marts 2026." />
        <button type="submit" className="button button-secondary" disabled={busy === "saveNationalFigure"}>
          {busy === "saveNationalFigure" ? "Gemmer …" : "Gem landstallet"}
        </button>
      </Form>
    </>
  );
}
