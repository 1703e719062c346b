// Look-ups over the payload that every page needs: runs by id, children by parent, the keys an experiment's runs use,
// the metric that ranks an experiment's runs and which way each metric is better.

import type { DashboardData, EncodedColumn, MetricData, MetricDirection, RunData } from '../../shared/report/dashboard/payload-types.js';

export interface RankingMetric {
  key: string;
  direction: MetricDirection;
  /** True when the key and direction were guessed from the names, not given by the caller. */
  guessed: boolean;
}

export function createIndex(data: DashboardData) {
  const runs = new Map(data.runs.map((r) => [r.id, r]));
  const experiments = new Map(data.experiments.map((e) => [e.id, e]));
  const models = new Map(data.models.map((m) => [m.id, m]));
  const children = new Map<string, RunData[]>();
  const runsOf = new Map<string, RunData[]>();
  for (const run of data.runs) {
    if (run.parentId !== null && runs.has(run.parentId)) {
      const list = children.get(run.parentId) ?? [];
      list.push(run);
      children.set(run.parentId, list);
    }
    const list = runsOf.get(run.experimentId) ?? [];
    list.push(run);
    runsOf.set(run.experimentId, list);
  }
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  // Each ranked run's place in its experiment's ranking, as the job summary ranks (ties included).
  const rank = new Map<string, number>();
  for (const exp of data.experiments) exp.ranking?.order.forEach((id, i) => rank.set(id, i));
  /** The run's place in its experiment's ranking (0 = best), Infinity when it is not ranked. */
  const rankOf = (run: RunData) => rank.get(run.id) ?? Infinity;

  function metricOf(run: RunData, key: string): MetricData | undefined {
    return run.metrics.find((m) => m.key === key);
  }

  /** A base64 little-endian column (series-encoding.ts) as a typed array. */
  function decode(column: EncodedColumn): ArrayLike<number> {
    const text = atob(column.data);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    const view = new DataView(bytes.buffer);
    if (column.type === 'f64') return Float64Array.from({ length: bytes.length / 8 }, (_, i) => view.getFloat64(i * 8, true));
    if (column.type === 'f32') return Float32Array.from({ length: bytes.length / 4 }, (_, i) => view.getFloat32(i * 4, true));
    return Int32Array.from({ length: bytes.length / 4 }, (_, i) => view.getInt32(i * 4, true));
  }

  const decoded = new Map<MetricData, { steps: ArrayLike<number>; values: ArrayLike<number>; times: ArrayLike<number> }>();

  /** A metric's chart series, decoded when first drawn: most of a large report's histories are never looked at. */
  function seriesOf(metric: MetricData) {
    let columns = decoded.get(metric);
    if (!columns) {
      const offsets = decode(metric.times);
      const times = Float64Array.from(offsets, (t) => metric.t0 + t);
      columns = { steps: decode(metric.steps), values: decode(metric.values), times };
      decoded.set(metric, columns);
    }
    const { count, nan, posInf, negInf, sampled } = metric;
    return { ...columns, count, nan, posInf, negInf, sampled };
  }

  function tagOf(run: { tags: [string, string][] }, key: string): string | undefined {
    return run.tags.find(([k]) => k === key)?.[1];
  }

  /** Keys used by any of `list`, sorted. */
  function keysOf(list: RunData[], pick: (run: RunData) => string[]): string[] {
    const keys = new Set<string>();
    for (const run of list) for (const key of pick(run)) keys.add(key);
    return [...keys].sort(byCodePoint);
  }

  const metricKeys = (list: RunData[]) => keysOf(list, (r) => r.metrics.map((m) => m.key));
  const paramKeys = (list: RunData[]) => keysOf(list, (r) => r.params.map(([k]) => k));

  const directions = new Map(data.metricDirections);

  /** Whether lower or higher values of `key` are better (decided when the report was made; lower when unknown). */
  function directionOf(key: string): MetricDirection {
    return directions.get(key) ?? 'min';
  }

  /** The experiment's ranking metric, chosen as the job summary chooses it. */
  function rankingMetric(experimentId: string): RankingMetric | null {
    const ranking = experiments.get(experimentId)?.ranking;
    return ranking ? { key: ranking.key, direction: ranking.direction, guessed: ranking.chosen === 'auto' } : null;
  }

  /**
   * The run with the best finite latest value of `metric` among the runs of `list` that may rank (finished or still
   * running, as in the job summary), with that value.
   */
  function bestRun(list: RunData[], metric: RankingMetric): { run: RunData; value: number } | null {
    let best: { run: RunData; value: number } | null = null;
    for (const run of list) {
      if (run.status !== 'FINISHED' && run.status !== 'RUNNING') continue;
      const m = metricOf(run, metric.key);
      if (!m) continue;
      const value = typeof m.value === 'number' ? m.value : Number(m.value);
      if (!Number.isFinite(value) || Math.abs(value) >= 1.7976931348623157e308) continue;
      const better = !best || (metric.direction === 'min' ? value < best.value : value > best.value);
      // Equal values: the report's tie-break, carried by the ranking order.
      if (better || (value === best!.value && rankOf(run) < rankOf(best!.run))) best = { run, value };
    }
    return best;
  }

  return {
    data,
    runs,
    experiments,
    models,
    children,
    runsOf: (experimentId: string) => runsOf.get(experimentId) ?? [],
    childrenOf: (runId: string) => children.get(runId) ?? [],
    metricOf,
    seriesOf,
    tagOf,
    metricKeys,
    paramKeys,
    directionOf,
    rankingMetric,
    bestRun,
    rankOf,
    byCodePoint,
  };
}
