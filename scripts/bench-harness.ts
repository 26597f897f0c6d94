/**
 * A tiny wrapper over tinybench shared by every package's `bench/*.bench.ts`: each suite names one
 * baseline, runs all its tasks in the same process, and prints ops/s with the ratio of every task to
 * the baseline (>1 means faster than the baseline).
 */
import { Bench } from "tinybench";

export interface Task {
  readonly name: string;
  readonly fn: () => unknown;
}

export interface SuiteResult {
  readonly suite: string;
  readonly baseline: string;
  readonly rows: readonly { name: string; hz: number; ratio: number }[];
}

export async function suite(
  title: string,
  baseline: Task,
  contenders: readonly Task[],
  options: { time?: number; iterations?: number } = {},
): Promise<SuiteResult> {
  const bench = new Bench({
    time: options.time ?? 1500,
    warmupTime: 300,
    ...(options.iterations === undefined ? {} : { iterations: options.iterations, warmupIterations: 1 }),
  });
  for (const task of [baseline, ...contenders]) bench.add(task.name, task.fn);
  await bench.run();
  const hzOf = (name: string): number => {
    const task = bench.getTask(name);
    const result = task?.result as { throughput?: { mean?: number }; hz?: number } | undefined;
    return result?.throughput?.mean ?? result?.hz ?? Number.NaN;
  };
  const baseHz = hzOf(baseline.name);
  const rows = [baseline, ...contenders].map((t) => ({ name: t.name, hz: hzOf(t.name), ratio: hzOf(t.name) / baseHz }));
  console.log(`\n## ${title}\nbaseline: ${baseline.name}`);
  console.table(
    rows.map((r) => ({
      task: r.name,
      "ops/s": Math.round(r.hz).toLocaleString("en-US"),
      "× baseline": r.ratio >= 1 ? `${r.ratio.toFixed(2)}× faster` : `${(1 / r.ratio).toFixed(2)}× slower`,
    })),
  );
  return { suite: title, baseline: baseline.name, rows };
}
