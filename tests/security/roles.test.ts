// Managers and administrators read orders but do not answer, work on candidates or close in a
// consultant's name; a manager may hand an order to a consultant (app/domain/staff-roles.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { answerFields, Browser, database, staff, submitOrder } from "./http";

let order: { id: string; number: string };

beforeAll(async () => {
  order = await submitOrder();
});

const orderPath = () => `/ordrer/${encodeURIComponent(order.number)}`;

describe("on an order of their jobcentre", () => {
  it.each(["leder", "admin"] as const)("a %s reads it but is refused the answer", async (who) => {
    const browser = new Browser();
    await browser.signIn(staff(who));
    const page = await browser.get(orderPath());
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('name="intent" value="answer"');
    const reply = await browser.postForm(orderPath(), { intent: "answer", text: "Vi tager den.", updateKey: crypto.randomUUID() });
    expect(reply.status).toBe(403);
    expect((await database().jobOrder.findUniqueOrThrow({ where: { id: order.id } })).answeredAt).toBeNull();
  });

  it.each(["leder", "admin"] as const)("a %s is refused writing to the employer in its thread", async (who) => {
    const browser = new Browser();
    await browser.signIn(staff(who));
    const reply = await browser.postForm(orderPath(), { intent: "message", text: "Hej", updateKey: crypto.randomUUID() });
    expect(reply.status).toBe(403);
    expect(await database().orderMessage.count({ where: { orderId: order.id } })).toBe(0);
  });

  it.each(["leder", "admin"] as const)("a %s is refused closing it", async (who) => {
    const browser = new Browser();
    await browser.signIn(staff(who));
    const reply = await browser.postForm(orderPath(), { intent: "close", reason: "Test", updateKey: crypto.randomUUID() });
    expect(reply.status).toBe(403);
    expect((await database().jobOrder.findUniqueOrThrow({ where: { id: order.id } })).status).not.toBe("CLOSED");
  });

  it("an administrator is refused handing it over", async () => {
    const browser = new Browser();
    await browser.signIn(staff("admin"));
    const to = await database().user.findUniqueOrThrow({ where: { email: staff("konsulent2") } });
    const reply = await browser.postForm(orderPath(), { intent: "handOver", toUserId: to.id, updateKey: crypto.randomUUID() });
    expect(reply.status).toBe(403);
  });

  it("a manager hands it to a consultant", async () => {
    const browser = new Browser();
    await browser.signIn(staff("leder"));
    const { assigneeId } = await database().jobOrder.findUniqueOrThrow({ where: { id: order.id } });
    const to = await database().user.findFirstOrThrow({ where: { email: { in: [staff("konsulent"), staff("konsulent2")] }, id: { not: assigneeId ?? "" } } });
    const reply = await browser.postForm(orderPath(), { intent: "handOver", toUserId: to.id, updateKey: crypto.randomUUID() });
    expect(reply.status).toBe(302);
    expect((await database().jobOrder.findUniqueOrThrow({ where: { id: order.id } })).assigneeId).toBe(to.id);
  });

  it("a consultant answers it", async () => {
    const browser = new Browser();
    await browser.signIn(staff("konsulent"));
    const reply = await browser.postForm(orderPath(), await answerFields(order.number, staff("konsulent")));
    expect(reply.status).toBe(302);
    expect((await database().jobOrder.findUniqueOrThrow({ where: { id: order.id } })).answeredAt).not.toBeNull();
  });
});

describe("the inbox", () => {
  it.each([
    ["admin", false],
    ["leder", true],
    ["teamleder", true],
  ] as const)("offers a %s the hand-over: %s", async (who, offered) => {
    const browser = new Browser();
    await browser.signIn(staff(who));
    const page = await browser.get("/indbakke?vis=alle");
    expect(page.status).toBe(200);
    // Answered above, the order has its search task open in Lolland, so the list is not empty.
    expect(await database().task.count({ where: { orderId: order.id, status: "OPEN" } })).toBeGreaterThan(0);
    expect(page.text).toContain(`/ordrer/${encodeURIComponent(order.number)}`);
    expect(page.text.includes('name="taskIds"')).toBe(offered);
    expect(page.text.includes('name="toUserId"')).toBe(offered);
  });
});
