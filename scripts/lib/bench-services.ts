// What the production-shape benchmarks start and stop around their run: embedded PostgreSQL, the Temporal dev
// server and the SMTP sink, and the web and worker processes the run adds; all stopped when it ends or on ^C.
import type { ChildProcess } from "node:child_process";
import { startTestServices, type TestServices } from "../../tests/support/services";
import { cpuSnapshot, type CpuSnapshot } from "./process-cpu";
import { stopProcesses } from "./production-processes";

export type BenchRun = {
  services: TestServices;
  /** The run's own processes (web, workers), stopped before the services. */
  processes: ChildProcess[];
  /** The CPU used so far by each group of `pids`, and by PostgreSQL and the Temporal server. */
  cpuSnapshot: (pids: Record<string, number[]>) => CpuSnapshot;
};

export async function withBenchServices(run: (bench: BenchRun) => Promise<void>): Promise<void> {
  const services = await startTestServices({ temporal: true });
  const processes: ChildProcess[] = [];
  const stop = async () => {
    await stopProcesses(processes);
    await services.stop();
  };
  process.once("SIGINT", () => void stop().then(() => process.exit(130)));
  try {
    await run({ services, processes, cpuSnapshot: (pids) => cpuSnapshot(pids, { postgres: "postgres", temporal: "temporal" }) });
  } finally {
    await stop();
  }
}
