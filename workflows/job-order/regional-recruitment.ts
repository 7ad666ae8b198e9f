// The regional recruitment promise: when no candidate has been referred by the order's referral deadline,
// the regional recruitment service takes part (a task for the region, its jobcentres may search their
// registers). A consultant may also share the order by hand, once.
import { REFUSALS, shareWithRegionUpdate } from "./definitions";
import { onLifecycleUpdate, reject, requireAnswered, requireOpen, requireText } from "./checks";
import { applyChanges, background, closed, exclusive, interactive, nowIso, spawn, until, type Order } from "./order";

export function handleRegionalRecruitment(order: Order): void {
  onLifecycleUpdate(
    order,
    shareWithRegionUpdate,
    (input) => {
      requireAnswered(order);
      requireOpen(order);
      requireText(input?.byUserId, "medarbejder");
      if (order.lc.sharedWithRegionAt) throw reject("Jobordren er allerede sendt til den regionale rekrutteringsservice.", REFUSALS.alreadyShared);
    },
    async ({ byUserId }) => {
      const shared = await interactive.shareWithRegion({ orderId: order.orderId, byUserId, at: nowIso() });
      order.lc.sharedWithRegionAt = shared.sharedWithRegionAt;
      if (shared.task) applyChanges(order, [], [shared.task]);
    },
  );
}

/** No candidate referred by the referral deadline: the order goes to the regional recruitment service. */
export function watchReferralDeadline(order: Order): void {
  spawn(order, "regional recruitment", async () => {
    const { lc } = order;
    const due = lc.referralDueAt;
    const done = () => closed(order) || order.referred || lc.sharedWithRegionAt !== null;
    if (!due || !(await until(due, done))) return;
    await exclusive(order, async () => {
      if (done() || order.closing) return;
      const shared = await background.shareWithRegion({ orderId: order.orderId, byUserId: null, at: nowIso() });
      lc.sharedWithRegionAt = shared.sharedWithRegionAt;
      if (shared.task) applyChanges(order, [], [shared.task]);
    });
  });
}
