// CPU time of the processes a benchmark runs, read from /proc (Linux), so that a rate can be set against what
// the machine's cores can give: a process's user and system time, all its threads included.
import fs from "node:fs";
import os from "node:os";

/** USER_HZ: the unit of the times in /proc/<pid>/stat on Linux. */
const TICKS_PER_SECOND = 100;

/** The command name and CPU milliseconds used so far of one process, or null when it is gone. */
function readProcess(pid: number): { command: string; cpuMs: number } | null {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  // "pid (command) state ppid …": the command may hold spaces and parentheses, so split after the last ")".
  const close = stat.lastIndexOf(")");
  const command = stat.slice(stat.indexOf("(") + 1, close);
  const fields = stat.slice(close + 2).split(" ");
  // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command.
  const ticks = Number(fields[11]) + Number(fields[12]);
  return { command, cpuMs: (ticks * 1000) / TICKS_PER_SECOND };
}

/** CPU milliseconds used so far by each process of a group: known pids, and every process of a command name. */
export type CpuSnapshot = Map<number, { group: string; cpuMs: number }>;

export function cpuSnapshot(pids: Record<string, number[]>, commands: Record<string, string>): CpuSnapshot {
  const snapshot: CpuSnapshot = new Map();
  for (const [group, list] of Object.entries(pids)) {
    for (const pid of list) {
      const process = readProcess(pid);
      if (process) snapshot.set(pid, { group, cpuMs: process.cpuMs });
    }
  }
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name) || snapshot.has(Number(name))) continue;
    const process = readProcess(Number(name));
    const group = process ? commands[process.command] : undefined;
    if (group) snapshot.set(Number(name), { group, cpuMs: process!.cpuMs });
  }
  return snapshot;
}

/**
 * CPU milliseconds per group between two snapshots. A process started in between counts from zero; one that
 * ended in between is missed (PostgreSQL's backends live as long as the pools' connections).
 */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const [pid, { group, cpuMs }] of after) totals[group] = (totals[group] ?? 0) + cpuMs - (before.get(pid)?.cpuMs ?? 0);
  return totals;
}

export const CORES = os.availableParallelism();
