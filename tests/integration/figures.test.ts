// The management figures on the real PostgreSQL, against fixtures whose values were worked out by hand
// (the reckoning is beside each expectation), and the response-time report against the JavaScript
// definitions it replaced, for random data.
import type { JobOrder, User } from "@prisma/client";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  getComplianceReport,
  periodBounds,
} from "../../app/models/kpi/compliance.server";
import {
  currentWorkload,
  monthlyFigures,
  orderFigures,
  surveyFigures,
} from "../../app/models/kpi/figures.server";
import { referralListPage, referralListRows, surveyListPage } from "../../app/models/kpi/drill-down.server";
import { generateOrderHistory } from "../../prisma/order-history";
import { changeReferral, refreshOrderFigures } from "../../workflows/activities/support";
import { oracleReport, type OrderRow } from "../support/compliance-oracle";
import {
  createJobcentre,
  createJobOrderRow,
  createJobseeker,
  createReferral,
  createRegion,
  createStaffUser,
} from "../factories";
import { prisma, useTestDatabase } from "../support/test-database";

useTestDatabase();

const H = 3_600_000;
const at = (iso: string) => new Date(iso);
const plusHours = (d: Date, h: number) => new Date(d.getTime() + h * H);
const NOW = at("2026-07-15T10:00:00Z");
const MARCH_2026 = { from: "2026-03-01", to: "2026-03-31" };

/**
 * An order of the past, its workflow marked as started: the reconciler (oldest first) must not take these
 * for orders whose start failed, or another test's missing workflow would wait behind them.
 */
function pastOrder(input: Parameters<typeof createJobOrderRow>[1]): Promise<JobOrder> {
  return createJobOrderRow(prisma, { workflowStartedAt: input.receivedAt ?? new Date(), ...input });
}

/** A referral of a new jobseeker to `order` taken through `steps` the way the activities record them. */
async function referThrough(
  order: JobOrder,
  steps: Array<[status: "SHARED" | "HIRED" | "WITHDRAWN", at: string]>
) {
  const seeker = await createJobseeker(prisma, order.jobcentreId);
  const referral = await createReferral(prisma, {
    orderId: order.id,
    jobseekerId: seeker.id,
    status: "SHORTLISTED",
    createdAt: at(steps[0]![1]),
  });
  for (const [status, when] of steps) {
    await prisma.$transaction((tx) =>
      changeReferral(tx, referral, {
        status,
        at: at(when),
        actorType: "STAFF",
        key: `${status}:${when}`,
      })
    );
  }
}

type Fixture = {
  j: string;
  k: string;
  c1: User;
  c2: User;
  orders: Record<string, JobOrder>;
};

/**
 * Jobcentre J and K share a region. March 2026 at J (DST begins 29 March):
 * A ordinary, answered 3 h on time by C1, referred, hired once, closed filled (2 positions).
 * B ordinary, received 31 March 23.30 CEST, answered 2 April (35.5 h, late) by C2; referred, then withdrawn.
 * C ordinary, received 1 April 00.30 CEST (22.30 UTC on 31 March): April, not March.
 * D wage subsidy, received 1 March 00.30 CET (23.30 UTC on 28 February), answered 10 h on time by C1; one
 *   position, two hires, the second reported after the close.
 * E ordinary, cancelled unanswered. F ordinary, unanswered past its deadline, assigned to C1; its only
 *   referral withdrawn before the CV was shared. G ordinary, received at K and transferred to J, answered
 *   30 h on time by C2. H ordinary at K. I ordinary at J in March 2025, answered on time, referred.
 */
async function march2026(): Promise<Fixture> {
  const region = await createRegion(prisma);
  const { jobcentre: jcJ, policy: pJ } = await createJobcentre(
    prisma,
    {},
    { regionId: region.id }
  );
  const { jobcentre: jcK, policy: pK } = await createJobcentre(
    prisma,
    {},
    { regionId: region.id }
  );
  const c1 = await createStaffUser(prisma, {
    jobcentreId: jcJ.id,
    name: "Anna Andersen",
  });
  const c2 = await createStaffUser(prisma, {
    jobcentreId: jcJ.id,
    name: "Bo Bech",
  });
  const base = { jobcentreId: jcJ.id, policyId: pJ.id };
  const answeredBy = (
    user: User,
    receivedAt: Date,
    hours: number,
    onTime: boolean
  ) => ({
    assigneeId: user.id,
    answeredById: user.id,
    answeredAt: plusHours(receivedAt, hours),
    answeredOnTime: onTime,
    status: "ANSWERED" as const,
  });
  const rA = at("2026-03-02T08:00:00Z");
  const rB = at("2026-03-31T21:30:00Z");
  const rD = at("2026-02-28T23:30:00Z");
  const rG = at("2026-03-15T09:00:00Z");
  const orders: Record<string, JobOrder> = {
    A: await pastOrder({
      ...base,
      receivedAt: rA,
      dueAt: plusHours(rA, 24),
      positions: 2,
      ...answeredBy(c1, rA, 3, true),
      status: "CLOSED",
      outcome: "FILLED",
      closedAt: at("2026-03-25T10:00:00Z"),
    }),
    B: await pastOrder({
      ...base,
      receivedAt: rB,
      dueAt: plusHours(rB, 24),
      positions: 1,
      ...answeredBy(c2, rB, 35.5, false),
    }),
    C: await pastOrder({
      ...base,
      receivedAt: at("2026-03-31T22:30:00Z"),
      dueAt: at("2026-04-01T22:30:00Z"),
      positions: 1,
    }),
    D: await pastOrder({
      ...base,
      kind: "WAGE_SUBSIDY",
      receivedAt: rD,
      dueAt: plusHours(rD, 24),
      positions: 1,
      ...answeredBy(c1, rD, 10, true),
      status: "CLOSED",
      outcome: "FILLED",
      closedAt: at("2026-03-25T10:00:00Z"),
    }),
    E: await pastOrder({
      ...base,
      receivedAt: at("2026-03-10T09:00:00Z"),
      dueAt: at("2026-03-11T09:00:00Z"),
      positions: 1,
      status: "CLOSED",
      outcome: "CANCELLED",
      closedAt: at("2026-03-10T12:00:00Z"),
    }),
    F: await pastOrder({
      ...base,
      receivedAt: at("2026-03-12T09:00:00Z"),
      dueAt: at("2026-03-13T09:00:00Z"),
      positions: 1,
      assigneeId: c1.id,
      status: "ASSIGNED",
    }),
    G: await pastOrder({
      jobcentreId: jcK.id,
      policyId: pK.id,
      receivedAt: rG,
      dueAt: plusHours(rG, 48),
      positions: 1,
      ...answeredBy(c2, rG, 30, true),
    }),
    H: await pastOrder({
      jobcentreId: jcK.id,
      policyId: pK.id,
      receivedAt: at("2026-03-16T09:00:00Z"),
      dueAt: at("2026-03-17T09:00:00Z"),
      positions: 1,
    }),
    I: await pastOrder({
      ...base,
      receivedAt: at("2025-03-05T09:00:00Z"),
      dueAt: at("2025-03-06T09:00:00Z"),
      positions: 1,
      ...answeredBy(c1, at("2025-03-05T09:00:00Z"), 2, true),
    }),
  };
  // G moves to J: STAR counts an order where it is handled now.
  orders.G = await prisma.jobOrder.update({
    where: { id: orders.G!.id },
    data: { jobcentreId: jcJ.id },
  });
  await referThrough(orders.A!, [
    ["SHARED", "2026-03-05T10:00:00Z"],
    ["HIRED", "2026-03-20T10:00:00Z"],
  ]);
  await referThrough(orders.B!, [
    ["SHARED", "2026-04-03T10:00:00Z"],
    ["WITHDRAWN", "2026-04-04T10:00:00Z"],
  ]);
  await referThrough(orders.D!, [
    ["SHARED", "2026-03-03T10:00:00Z"],
    ["HIRED", "2026-03-15T10:00:00Z"],
  ]);
  await referThrough(orders.D!, [
    ["SHARED", "2026-03-04T10:00:00Z"],
    ["HIRED", "2026-04-10T10:00:00Z"],
  ]);
  await referThrough(orders.F!, [["WITHDRAWN", "2026-03-14T10:00:00Z"]]);
  await referThrough(orders.I!, [["SHARED", "2025-03-07T10:00:00Z"]]);
  return { j: jcJ.id, k: jcK.id, c1, c2, orders };
}

describe("the management figures of a jobcentre", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await march2026();
  });

  it("count the orders received in the period in Copenhagen time, at the jobcentre responsible now", async () => {
    const { total } = await orderFigures(
      { jobcentreIds: [f.j] },
      MARCH_2026,
      NOW,
      prisma
    );
    // A, B, D, E, F, G: C is April in Copenhagen, D is March; G was transferred in; H is K's.
    expect(total.received).toBe(6);
    const { total: k } = await orderFigures(
      { jobcentreIds: [f.k] },
      MARCH_2026,
      NOW,
      prisma
    );
    expect(k.received).toBe(1);
  });

  it("count answers on time, late, open past the deadline and closed without an answer", async () => {
    const { total } = await orderFigures(
      { jobcentreIds: [f.j] },
      MARCH_2026,
      NOW,
      prisma
    );
    // On time A, D, G; late B (answered in April, counted with March's orders); F open and overdue; E cancelled.
    expect(total).toMatchObject({
      answered: 4,
      answeredOnTime: 3,
      answeredLate: 1,
      openOverdue: 1,
      openWithinDeadline: 0,
      closedUnanswered: 1,
    });
    // Hours 3, 10, 30, 35.5: median (10 + 30) / 2; the 90th percentile is the 4th of 4 (nearest rank).
    expect(total.medianHoursToAnswer).toBeCloseTo(20, 6);
    expect(total.p90HoursToAnswer).toBeCloseTo(35.5, 6);
  });

  it("count an order as referred once a CV was shared, also when withdrawn later, and hired whenever reported", async () => {
    const { total, byKind } = await orderFigures(
      { jobcentreIds: [f.j] },
      MARCH_2026,
      NOW,
      prisma
    );
    // All kinds: referred A, B, D (F's candidate was withdrawn before sharing); hired A, D.
    expect(total).toMatchObject({ referred: 3, hired: 2 });
    // STAR-comparable (ordinary): A, B, E, F, G; referred A, B; hired A.
    expect(byKind.get("ORDINARY")).toMatchObject({
      received: 5,
      referred: 2,
      hired: 1,
    });
    expect(byKind.get("WAGE_SUBSIDY")).toMatchObject({
      received: 1,
      referred: 1,
      hired: 1,
    });
  });

  it("count ended orders and positions filled up to the positions asked", async () => {
    const { total } = await orderFigures(
      { jobcentreIds: [f.j] },
      MARCH_2026,
      NOW,
      prisma
    );
    // Ended: A and D closed filled, E cancelled. Positions 2 + 1 + 1 + 1 + 1 + 1; filled A 1 of 2, D 1 of 1 (two hires).
    expect(total).toMatchObject({ ended: 3, positions: 7, positionsFilled: 2, hires: 3 });
  });

  it("list the candidates behind the referral and hire figures, one row per referral", async () => {
    const ds = { area: "jobcentre" as const, own: false, scope: { jobcentreIds: [f.j] }, jobcentre: { id: f.j, name: "J" }, region: null };
    const filter = (set: "referred" | "hired") => ({ set, period: MARCH_2026, kind: "ALL" as const, assigneeId: null, page: 1 });
    // Hired: A's one and D's two. Shared: those three and B's withdrawn one; F's was never shared.
    const hired = await referralListPage(ds, filter("hired"), NOW, prisma);
    expect(hired.total).toBe(3);
    expect(hired.rows.map((r) => r.number).sort()).toEqual([f.orders.A!.number, f.orders.D!.number, f.orders.D!.number].sort());
    const referred = await referralListPage(ds, filter("referred"), NOW, prisma);
    expect(referred.total).toBe(4);
    const exported: unknown[][] = [];
    for await (const row of referralListRows(ds, filter("referred"), NOW, prisma)) exported.push(row);
    expect(exported.map((r) => r[0]).sort()).toEqual(referred.rows.map((r) => r.number).sort());
  });

  it("break the period down by assignee and by jobcentre of the region", async () => {
    const { byAssignee, byJobcentre } = await orderFigures(
      { jobcentreIds: [f.j, f.k] },
      MARCH_2026,
      NOW,
      prisma
    );
    expect(byAssignee.get(f.c1.id)).toMatchObject({ received: 3, answered: 2 }); // A, D, F
    expect(byAssignee.get(f.c2.id)).toMatchObject({
      received: 2,
      answered: 2,
      answeredLate: 1,
    }); // B, G
    expect(byAssignee.get(null)).toMatchObject({ received: 2 }); // E and K's H
    expect(byJobcentre.get(f.j)?.received).toBe(6);
    expect(byJobcentre.get(f.k)?.received).toBe(1);
  });

  it("give month by month figures with the previous year's month", async () => {
    const months = await monthlyFigures(
      { jobcentreIds: [f.j] },
      { from: "2025-01-01", to: "2026-12-31" },
      NOW,
      prisma
    );
    expect(months).toEqual([
      // I: answered on time, referred.
      {
        month: "2025-03",
        received: 1,
        answeredOnTime: 1,
        answerBase: 1,
        ordinary: 1,
        ordinaryReferred: 1,
        ordinaryHired: 0,
      },
      {
        month: "2026-03",
        received: 6,
        answeredOnTime: 3,
        answerBase: 5,
        ordinary: 5,
        ordinaryReferred: 2,
        ordinaryHired: 1,
      },
      {
        month: "2026-04",
        received: 1,
        answeredOnTime: 0,
        answerBase: 1,
        ordinary: 1,
        ordinaryReferred: 0,
        ordinaryHired: 0,
      }, // C, overdue
    ]);
  });

  it("count the orders waiting for an answer now, by assignee", async () => {
    const workload = await currentWorkload(
      { jobcentreIds: [f.j] },
      NOW,
      prisma
    );
    // F (C1) and C (unassigned) are unanswered and open; both past their deadline in July.
    expect(workload.total).toEqual({ awaitingAnswer: 2, overdueNow: 2 });
    expect(workload.byAssignee.get(f.c1.id)).toEqual({
      awaitingAnswer: 1,
      overdueNow: 1,
    });
  });

  it("limit a consultant's own figures to the orders assigned to them", async () => {
    const { total } = await orderFigures(
      { jobcentreIds: [f.j], assigneeId: f.c2.id },
      MARCH_2026,
      NOW,
      prisma
    );
    expect(total).toMatchObject({
      received: 2,
      answeredOnTime: 1,
      answeredLate: 1,
    });
  });

  it("are empty, with no shares or times, for a period without orders", async () => {
    const { total, byKind } = await orderFigures(
      { jobcentreIds: [f.j] },
      { from: "2020-01-01", to: "2020-01-31" },
      NOW,
      prisma
    );
    expect(total).toMatchObject({
      received: 0,
      answered: 0,
      referred: 0,
      positions: 0,
      medianHoursToAnswer: null,
      p90HoursToAnswer: null,
    });
    expect(byKind.size).toBe(0);
  });
});

describe("the satisfaction figures", () => {
  it("count satisfied answers per question and the response rate of the surveys whose window has closed", async () => {
    const { jobcentre, policy } = await createJobcentre(prisma);
    const sent = at("2026-03-10T09:00:00Z");
    const survey = async (
      answers: {
        serviceScore: number;
        communicationScore: number;
        informedScore: number;
        wouldRecommend: boolean;
      } | null,
      closesAt: Date
    ) => {
      const order = await pastOrder({
        jobcentreId: jobcentre.id,
        policyId: policy.id,
        receivedAt: at("2026-01-05T09:00:00Z"),
        status: "CLOSED",
      });
      await prisma.satisfactionSurvey.create({
        data: {
          orderId: order.id,
          jobcentreId: jobcentre.id,
          tokenHash: `hash-${order.id}`,
          sentAt: sent,
          remindAt: plusHours(sent, 24 * 7),
          closesAt,
          answeredAt: answers ? plusHours(sent, 2) : null,
          ...answers,
        },
      });
    };
    await survey(
      {
        serviceScore: 5,
        communicationScore: 3,
        informedScore: 4,
        wouldRecommend: true,
      },
      at("2026-03-24T09:00:00Z")
    );
    await survey(
      {
        serviceScore: 2,
        communicationScore: 4,
        informedScore: 4,
        wouldRecommend: false,
      },
      at("2026-03-24T09:00:00Z")
    );
    await survey(null, at("2026-03-24T09:00:00Z")); // never answered, window closed
    await survey(null, at("2026-08-01T09:00:00Z")); // not answered yet, still open on NOW
    const figures = await surveyFigures(
      { jobcentreIds: [jobcentre.id] },
      MARCH_2026,
      NOW,
      prisma
    );
    expect(figures).toEqual({
      sent: 4,
      answered: 2,
      unanswered: 1,
      stillOpen: 1,
      serviceSatisfied: 1, // 5 yes, 2 no
      serviceAnswers: 2,
      communicationSatisfied: 1, // 3 no, 4 yes
      communicationAnswers: 2,
      informedSatisfied: 2,
      informedAnswers: 2,
      recommendYes: 1,
      recommendAnswers: 2,
    });
    // The lists behind the numbers: the two answers, the one whose window closed unanswered, all four.
    const ds = { area: "jobcentre" as const, own: false, scope: { jobcentreIds: [jobcentre.id] }, jobcentre: { id: jobcentre.id, name: jobcentre.name }, region: null };
    const list = (set: "answered" | "unanswered" | "sent") => surveyListPage(ds, { set, period: MARCH_2026, page: 1 }, NOW, prisma);
    expect((await list("answered")).rows.map((r) => r.cells.slice(4, 8))).toEqual(expect.arrayContaining([["5", "3", "4", "ja"], ["2", "4", "4", "nej"]]));
    expect((await list("unanswered")).total).toBe(1);
    expect((await list("sent")).total).toBe(4);
  });
});

describe("the response-time report", () => {
  it("gives the same figures from PostgreSQL as the JavaScript definitions it replaced, for random orders", async () => {
    const monthStart = at("2026-10-01T00:00:00+02:00").getTime();
    const order = fc.record({
      // A little beyond both ends of October, whose last Sunday ends daylight saving.
      receivedMinute: fc.integer({ min: -180, max: 31 * 24 * 60 + 180 }),
      dueHours: fc.option(fc.integer({ min: 1, max: 200 }), { nil: null }),
      answerMinutes: fc.option(fc.integer({ min: 0, max: 400 * 60 }), {
        nil: null,
      }),
      verdict: fc.constantFrom<"byDeadline" | "onTime" | "late" | "none">(
        "byDeadline",
        "onTime",
        "late",
        "none"
      ),
      closed: fc.boolean(),
      user: fc.integer({ min: 0, max: 2 }),
    });
    let round = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(order, { maxLength: 12 }),
        fc.integer({ min: 0, max: 60 * 24 }),
        async (specs, nowHours) => {
          round += 1;
          // A jobcentre per case: the order history cannot be deleted (it is append-only).
          const { jobcentre, policy } = await createJobcentre(prisma);
          const users = await Promise.all(
            [0, 1, 2].map(() =>
              createStaffUser(prisma, { jobcentreId: jobcentre.id })
            )
          );
          const now = new Date(monthStart + nowHours * 60_000 * 60);
          const rows: OrderRow[] = [];
          let created = 0;
          for (const spec of specs) {
            const receivedAt = new Date(
              monthStart + spec.receivedMinute * 60_000
            );
            const dueAt =
              spec.dueHours === null
                ? null
                : plusHours(receivedAt, spec.dueHours);
            const answeredAt =
              spec.answerMinutes === null
                ? null
                : new Date(receivedAt.getTime() + spec.answerMinutes * 60_000);
            const verdict =
              spec.verdict === "byDeadline"
                ? dueAt && answeredAt
                  ? answeredAt <= dueAt
                  : true
                : spec.verdict === "none"
                ? null
                : spec.verdict === "onTime";
            const user = users[spec.user]!;
            const row = await pastOrder({
              jobcentreId: jobcentre.id,
              policyId: policy.id,
              receivedAt,
              dueAt,
              answeredAt,
              answeredById: answeredAt ? user.id : null,
              answeredOnTime: answeredAt ? verdict : null,
              status: spec.closed
                ? "CLOSED"
                : answeredAt
                ? "ANSWERED"
                : "ASSIGNED",
              number: `JO-PROP-${round}-${(created += 1)}-${Date.now()}`,
            });
            rows.push({
              status: row.status,
              receivedAt,
              dueAt,
              answeredAt,
              answeredById: row.answeredById,
              answeredOnTime: row.answeredOnTime,
              // The answer activity writes its verdict on the event too, when it has one.
              events:
                answeredAt && verdict !== null
                  ? [
                      {
                        at: answeredAt,
                        actorId: user.id,
                        data: { onTime: verdict },
                      },
                    ]
                  : [],
            });
          }
          const report = await getComplianceReport(
            jobcentre.id,
            { fra: "2026-10-01", til: "2026-10-31" },
            now,
            prisma
          );
          const { start, end } = periodBounds({
            fra: "2026-10-01",
            til: "2026-10-31",
          });
          const expected = oracleReport(
            rows.filter((r) => r.receivedAt >= start && r.receivedAt < end),
            now
          );
          const { medianHoursToAnswer, p90HoursToAnswer, ...counts } =
            report.totals;
          const {
            medianHoursToAnswer: m,
            p90HoursToAnswer: p,
            ...expectedCounts
          } = expected.totals;
          expect(counts).toEqual(expectedCounts);
          expect(
            medianHoursToAnswer === null
              ? null
              : Number(medianHoursToAnswer.toFixed(6))
          ).toEqual(m === null ? null : Number(m.toFixed(6)));
          expect(
            p90HoursToAnswer === null
              ? null
              : Number(p90HoursToAnswer.toFixed(6))
          ).toEqual(p === null ? null : Number(p.toFixed(6)));
          expect(
            new Map(
              report.byConsultant.map((c) => [
                c.userId,
                [c.answered, c.answeredOnTime, c.shareOnTime],
              ])
            )
          ).toEqual(
            new Map(
              [...expected.byAnswerer].map(([id, s]) => [
                id,
                [
                  s.answeredOnTime + s.answeredLate,
                  s.answeredOnTime,
                  s.shareOnTime,
                ],
              ])
            )
          );
        }
      ),
      { numRuns: 40 }
    );
  });
});

describe("the order history of the demo and the benchmark", () => {
  it("writes closed orders whose referral figures are those the activities would keep", async () => {
    const { jobcentre } = await createJobcentre(prisma);
    await createStaffUser(prisma, { jobcentreId: jobcentre.id });
    for (let i = 0; i < 5; i += 1) await createJobseeker(prisma, jobcentre.id);
    const prefix = `H-T${Date.now()}`;
    const { orders, referrals } = await generateOrderHistory(prisma, { jobcentreId: jobcentre.id, from: at("2025-01-01T00:00:00Z"), to: at("2025-12-31T00:00:00Z"), orders: 200, seed: 7, numberPrefix: prefix });
    expect(orders).toBe(200);
    expect(referrals).toBeGreaterThan(100);
    const before = await prisma.jobOrder.findMany({ where: { jobcentreId: jobcentre.id }, select: { id: true, referredAt: true, hiredAt: true, hires: true, status: true } });
    expect(before.every((o) => o.status === "CLOSED")).toBe(true);
    for (const order of before) await refreshOrderFigures(prisma, order.id);
    const after = await prisma.jobOrder.findMany({ where: { jobcentreId: jobcentre.id }, select: { id: true, referredAt: true, hiredAt: true, hires: true, status: true } });
    expect(after.sort((a, b) => a.id.localeCompare(b.id))).toEqual(before.sort((a, b) => a.id.localeCompare(b.id)));
    const { total } = await orderFigures({ jobcentreIds: [jobcentre.id] }, { from: "2025-01-01", to: "2025-12-31" }, NOW, prisma);
    expect(total.received).toBe(200);
    expect(total.referred).toBeGreaterThan(0);
    expect(total.hired).toBeGreaterThan(0);
  });
});
