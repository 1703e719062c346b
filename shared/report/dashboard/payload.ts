// The Runs model reduced to the dashboard's JSON payload (payload-types.ts): maps become pairs, non-finite latest
// values become MLflow's strings, histories are cut to the point budget, and text artifacts are attached to the entries
// of the runs they belong to.

import { truthFloat, type RunsModel } from '../../mlflow/model.js';
import { chooseMetric } from '../experiment-report.js';
import { chooseDirection } from '../metric-direction.js';
import type { ArtifactContents } from './artifact-texts.js';
import { chartSeries, pointsPerSeries } from './downsample.js';
import { encodeSteps, encodeValues } from './series-encoding.js';
import type { ArtifactData, DashboardData, MetricData, MetricDirection } from './payload-types.js';

export interface PayloadOptions {
  title?: string;
  generatedAt?: string;
  primaryMetric?: { key: string; direction: MetricDirection };
  artifacts?: ArtifactContents;
  /** A series with at most this many finite points is kept whole. Default 1,000. */
  maxPointsPerSeries?: number;
  /** Points in all histories together; longer series are thinned to share it. Default 500,000. */
  maxTotalPoints?: number;
  /** The least a thinned series keeps, even when that overshoots the total. Default 50. */
  minPointsPerSeries?: number;
}

export const DEFAULT_MAX_POINTS_PER_SERIES = 1000;
export const DEFAULT_MAX_TOTAL_POINTS = 500_000;
const DEFAULT_MIN_POINTS_PER_SERIES = 50;

const pairs = (map: Map<string, string>): [string, string][] => [...map];

export function buildPayload(model: RunsModel, options: PayloadOptions = {}): DashboardData {
  const maxPerSeries = options.maxPointsPerSeries ?? DEFAULT_MAX_POINTS_PER_SERIES;
  const maxTotal = options.maxTotalPoints ?? DEFAULT_MAX_TOTAL_POINTS;
  const lengths: number[] = [];
  for (const run of model.runs) for (const h of run.metricHistories.values()) lengths.push(h.values.length);
  const cap = pointsPerSeries(lengths, maxTotal, maxPerSeries, options.minPointsPerSeries ?? DEFAULT_MIN_POINTS_PER_SERIES);
  let sampledSeries = 0;
  const notes = [...(options.artifacts?.notes ?? [])];

  const runs = model.runs.map((run) => {
    const metrics: MetricData[] = [];
    for (const [key, latest] of run.latestMetrics) {
      const history = run.metricHistories.get(key);
      const series = history
        ? chartSeries(history, cap)
        : { steps: [], values: [], sampled: false, nan: 0, posInf: 0, negInf: 0 };
      if (series.sampled) sampledSeries++;
      metrics.push({
        key,
        value: truthFloat(latest.value),
        step: latest.step,
        timestamp: latest.timestamp,
        count: history?.values.length ?? 0,
        points: series.steps.length,
        steps: encodeSteps(series.steps),
        values: encodeValues(series.values),
        sampled: series.sampled,
        nan: series.nan,
        posInf: series.posInf,
        negInf: series.negInf,
      });
    }
    const contents = options.artifacts?.byRun.get(run.runId);
    const artifacts = run.artifacts.map((a): ArtifactData => {
      const entry: ArtifactData = { path: a.path, dir: a.isDir, size: a.fileSize };
      const content = contents?.get(a.path);
      if (content?.kind === 'text') {
        entry.text = content.text;
        if (content.truncated) entry.truncated = true;
      } else if (content?.kind === 'omitted') {
        entry.omitted = content.reason;
      }
      return entry;
    });
    return {
      id: run.runId,
      experimentId: run.experimentId,
      name: run.runName,
      user: run.userId,
      status: run.status,
      start: run.startTime,
      end: run.endTime,
      deleted: run.lifecycleStage === 'deleted',
      parentId: run.parentRunId,
      params: pairs(run.params),
      tags: pairs(run.tags),
      metrics,
      datasets: run.datasetInputs.map((d) => ({ ...d.dataset, tags: pairs(d.tags) })),
      modelInputs: [...run.modelInputs],
      modelOutputs: run.modelOutputs.map((o) => ({ modelId: o.modelId, step: o.step })),
      artifacts,
    };
  });

  return {
    title: options.title ?? 'MLflow runs',
    generatedAt: options.generatedAt ?? null,
    store: { kind: model.store.kind, name: lastSegment(model.store.location) },
    metricDirections: [...new Set(model.runs.flatMap((r) => [...r.latestMetrics.keys()]))].map((key) => [
      key,
      key === options.primaryMetric?.key ? options.primaryMetric.direction : chooseDirection(key, undefined).direction,
    ]),
    sampling: { maxPointsPerSeries: maxPerSeries, maxTotalPoints: maxTotal, pointsPerSeries: cap, sampledSeries },
    experiments: model.experiments.map((e) => {
      // The same choice as the job summary's: the caller's metric when the experiment logs it, else chooseMetric's.
      const active = model.runs.filter((r) => r.experimentId === e.experimentId && r.lifecycleStage === 'active');
      const given = options.primaryMetric;
      const key = given && active.some((r) => r.latestMetrics.has(given.key)) ? given.key : chooseMetric(active);
      return {
        id: e.experimentId,
        name: e.name,
        deleted: e.lifecycleStage === 'deleted',
        created: e.creationTime,
        updated: e.lastUpdateTime,
        tags: pairs(e.tags),
        ranking:
          key === undefined
            ? null
            : key === given?.key
              ? { key, direction: given.direction, chosen: 'input' as const }
              : { key, direction: chooseDirection(key, undefined).direction, chosen: 'auto' as const },
      };
    }),
    runs,
    models: model.loggedModels.map((m) => ({
      id: m.modelId,
      name: m.name,
      experimentId: m.experimentId,
      status: m.status,
      type: m.modelType,
      sourceRunId: m.sourceRunId,
      created: m.creationTimestamp,
      params: pairs(m.params),
      tags: pairs(m.tags),
      metrics: m.metrics.map((p) => ({
        key: p.key,
        value: truthFloat(p.value),
        step: p.step,
        dataset: p.dataset ? `${p.dataset.name} (${p.dataset.digest})` : null,
      })),
    })),
    notes,
  };
}

/** `mlruns` of `/home/sarah/wine/mlruns`, `mlflow.db` of a database path, the host of a server URL. */
function lastSegment(location: string): string {
  if (/^https?:\/\//i.test(location)) {
    try {
      return new URL(location).host;
    } catch {
      return location;
    }
  }
  const parts = location.split(/[\\/]+/).filter((p) => p !== '');
  return parts.at(-1) ?? location;
}
