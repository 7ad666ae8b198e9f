// The meeting promise: above the policy's number of positions the employer is offered times for a
// meeting (by startLifecycle) and books one of them here; the consultant marks it held (tasks.ts).
import { chooseMeetingTimeUpdate, REFUSALS } from "./definitions";
import { invalid, onLifecycleUpdate, reject, requireOpen, requireText } from "./checks";
import { interactive, nowIso, type Order } from "./order";

export function handleMeeting(order: Order): void {
  onLifecycleUpdate(
    order,
    chooseMeetingTimeUpdate,
    (input) => {
      requireOpen(order);
      requireText(input?.employerEmail, "virksomhedens e-mail");
      const meeting = order.lc.meeting;
      if (!meeting) throw reject("Der er ikke tilbudt et møde på denne jobordre.", REFUSALS.noMeeting);
      if (meeting.scheduledFor) throw reject("Mødet er allerede aftalt. Ring til os, hvis tidspunktet skal flyttes.", REFUSALS.meetingBooked);
      const at = typeof input.at === "string" ? Date.parse(input.at) : Number.NaN;
      if (!meeting.options.some((o) => Date.parse(o) === at)) throw invalid("Vælg et af de tilbudte tidspunkter.");
      if (at <= Date.now()) throw invalid("Tidspunktet er passeret. Vælg et senere, eller ring til os.");
    },
    async ({ at, employerEmail }) => {
      const booked = await interactive.bookMeeting({ orderId: order.orderId, employerEmail, scheduledFor: at, at: nowIso() });
      if (order.lc.meeting) order.lc.meeting.scheduledFor = booked.scheduledFor;
    },
  );
}
