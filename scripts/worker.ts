// Production worker entry point: `npm run start:worker`. Needs DATABASE_URL, TEMPORAL_ADDRESS, SMTP_URL.
import { getEnv } from "../app/utils/env.server";
import { startWorkerProcess } from "./lib/worker-process";

const env = getEnv();
const worker = await startWorkerProcess(env, (line) => console.log(`[worker] ${line}`));
console.log(`[worker] polling task queue ${env.TEMPORAL_TASK_QUEUE} on ${env.TEMPORAL_ADDRESS}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void worker.stop().then(() => process.exit(0));
  });
}
