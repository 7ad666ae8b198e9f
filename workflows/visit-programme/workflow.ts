// One workflow per company and visit programme (docs/decisions/019-visit-programme.md): it waits for the
// first visit until the programme's last day, then for the follow-up within the programme's months,
// reminds the step's owner before each is due, and records each step as kept or missed. Visits are
// recorded by staff on the visit pages; this workflow reads them from the database when a signal says one
// was recorded and once more when the step is due, so a lost signal changes nothing but the timing.
import { allHandlersFinished, ApplicationFailure, condition, proxyActivities, setHandler } from "@temporalio/workflow";
import type { Activities } from "../activities";
import {
  declineVisitsUpdate,
  getProgrammeStateQuery,
  NOT_OPEN_MESSAGE,
  PROGRAMME_REFUSALS,
  stepOf,
  visitRecordedSignal,
  type EnrolmentSnapshot,
  type EnrolmentStatus,
  type ProgrammeStep,
  type ProgrammeWorkflowState,
  type VisitProgrammeInput,
} from "./definitions";

const { openEnrolment, checkProgrammeStep, declineEnrolment } = proxyActivities<Activities>({
  startToCloseTimeout: "1 minute",
  retry: { initialInterval: "5 seconds", maximumInterval: "5 minutes" },
});

// A reminder that cannot be sent within the hour is given up: the step is still on the progress page.
const { sendProgrammeReminder } = proxyActivities<Activities>({
  startToCloseTimeout: "1 minute",
  scheduleToCloseTimeout: "1 hour",
  retry: { initialInterval: "10 seconds", maximumInterval: "5 minutes" },
});

const nowIso = () => new Date().toISOString();

function refuse(message: string, type: string): ApplicationFailure {
  return ApplicationFailure.create({ message, type, nonRetryable: true });
}

export async function visitProgrammeWorkflow({ enrolmentId }: VisitProgrammeInput): Promise<EnrolmentStatus> {
  const state: ProgrammeWorkflowState = { enrolmentId, status: "AWAITING_VISIT", dueAt: null, remindAt: null, reminded: [] };
  let nudged = false;
  let started = false;
  let busy = false;
  const apply = (snapshot: EnrolmentSnapshot) => Object.assign(state, snapshot);

  /** One activity at a time: a decline and a look at the visits never cross. */
  async function exclusive<T>(work: () => Promise<T>): Promise<T> {
    await condition(() => !busy);
    busy = true;
    try {
      return await work();
    } finally {
      busy = false;
    }
  }

  setHandler(getProgrammeStateQuery, () => state);
  setHandler(visitRecordedSignal, () => {
    nudged = true;
  });
  setHandler(
    declineVisitsUpdate,
    async ({ byUserId }) => {
      await condition(() => started);
      return exclusive(async () => {
        if (stepOf(state.status) === null) throw refuse(NOT_OPEN_MESSAGE, PROGRAMME_REFUSALS.notOpen);
        try {
          return apply(await declineEnrolment({ enrolmentId, byUserId, at: nowIso() }));
        } catch (error) {
          const cause = (error as { cause?: unknown }).cause;
          if (cause instanceof ApplicationFailure && cause.nonRetryable) throw refuse(cause.message, cause.type ?? PROGRAMME_REFUSALS.unavailable);
          throw refuse("Ændringen kunne ikke gemmes lige nu. Prøv igen om lidt.", PROGRAMME_REFUSALS.unavailable);
        }
      });
    },
    {
      validator: (input) => {
        if (typeof input?.byUserId !== "string" || input.byUserId === "") throw refuse("Mangler medarbejder.", PROGRAMME_REFUSALS.invalidRequest);
        if (started && stepOf(state.status) === null) throw refuse(NOT_OPEN_MESSAGE, PROGRAMME_REFUSALS.notOpen);
      },
    },
  );

  apply(await openEnrolment({ enrolmentId, at: nowIso() }));
  started = true;
  // Visits recorded before the workflow started (the company was visited before it came into the programme).
  nudged = true;

  for (let step = stepOf(state.status); step !== null; step = stepOf(state.status)) {
    await awaitStep(step);
  }
  await condition(allHandlersFinished);
  return state.status;

  /** Returns when the step is kept, missed or declined (the state then names the next step, or none). */
  async function awaitStep(step: ProgrammeStep): Promise<void> {
    while (stepOf(state.status) === step) {
      const now = Date.now();
      const due = Date.parse(state.dueAt!);
      if (nudged || now >= due) {
        nudged = false;
        const lastLook = now >= due;
        apply(await exclusive(() => (stepOf(state.status) === step ? checkProgrammeStep({ enrolmentId, step, at: nowIso(), lastLook }) : Promise.resolve(state))));
        // A second visit may already be recorded: the next step looks at once.
        if (stepOf(state.status) !== step) nudged = true;
        continue;
      }
      const remind = state.remindAt ? Date.parse(state.remindAt) : null;
      const reminderDue = remind !== null && !state.reminded.includes(step);
      if (reminderDue && now >= remind) {
        state.reminded.push(step);
        await exclusive(() => sendProgrammeReminder({ enrolmentId, step })).catch(() => undefined);
        continue;
      }
      const wakeAt = reminderDue ? Math.min(remind, due) : due;
      await condition(() => nudged || stepOf(state.status) !== step, wakeAt - now);
    }
  }
}
