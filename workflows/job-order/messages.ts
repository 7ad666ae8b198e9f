// The thread after the answer: the consultant writes again, the employer writes back, each message mailed
// to the other side. The answer itself is the first message and stops the clock (answer.ts); these do not.
import { log } from "@temporalio/workflow";
import { ANSWER_MAX_LENGTH } from "../../app/domain/job-order/limits";
import { sendMessageUpdate, type SendMessageInput } from "./definitions";
import { invalid, onLifecycleUpdate, requireAnswered, requireOpen, requireShorterThan, requireText } from "./checks";
import { background, interactive, nowIso, type Order } from "./order";

function check(order: Order, input: SendMessageInput): void {
  requireAnswered(order);
  requireOpen(order);
  const text = requireText(input?.text, "en besked");
  requireShorterThan(text, ANSWER_MAX_LENGTH, "Beskeden");
  const byStaff = typeof input.byUserId === "string" && input.byUserId !== "";
  const byEmployer = typeof input.byEmployerEmail === "string" && input.byEmployerEmail !== "";
  if (byStaff === byEmployer) throw invalid("En besked har én afsender: en medarbejder eller virksomheden.");
}

export function handleMessages(order: Order): void {
  onLifecycleUpdate(
    order,
    sendMessageUpdate,
    (input) => check(order, input),
    async (input) => {
      order.messageCount += 1;
      const message = await interactive.recordMessage({
        orderId: order.orderId,
        byUserId: input.byUserId ?? null,
        byEmployerEmail: input.byEmployerEmail ?? null,
        text: input.text.trim(),
        key: `message:${order.messageCount}`,
        at: nowIso(),
      });
      // Nobody waits for the mail: sendMailOnce makes a retry harmless, and the message is stored.
      order.backgroundWork.push(
        background.sendMessageMail({ orderId: order.orderId, messageId: message.messageId }).catch((error: unknown) => {
          log.error("message mail could not be sent", { orderId: order.orderId, error: String(error) });
        }),
      );
      return message;
    },
  );
}
