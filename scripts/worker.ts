// Production worker entry point: `npm run start:worker`. Needs DATABASE_URL, TEMPORAL_ADDRESS, SMTP_URL
// and the secrets; NODE_ENV is production unless set.
import { settingsOrExit } from "./lib/production-entry";
import { startWorkerProcess } from "./lib/worker-process";

const env = settingsOrExit("worker");
const worker = await startWorkerProcess(env, (line) => console.log(`[worker] ${line}`));
console.log(`[worker] polling task queue ${env.TEMPORAL_TASK_QUEUE} on ${env.TEMPORAL_ADDRESS}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void worker.stop().then(() => process.exit(0));
  });
}
