// The Runs model reduced to the dashboard's JSON payload (payload-types.ts): maps become pairs, non-finite latest
// values become MLflow's strings, histories are cut to the point budget, and text artifacts are attached to the entries
// of the runs they belong to.

import { truthFloat, type Run, type RunsModel } from '../../mlflow/model.js';
import { chooseDirection } from '../metric-direction.js';
import { chooseMetric, compareRuns, metricValue, rankable } from '../run-ranking.js';
import type { ArtifactContents } from './artifact-texts.js';
import { chartSeries, pointsPerSeries } from './downsample.js';
import { encodeSteps, encodeValues } from './series-encoding.js';
import type { ArtifactData, DashboardData, MetricData, MetricDirection, RunData } from './payload-types.js';

export interface PayloadOptions {
  title?: string;
  generatedAt?: string;
  /** Each experiment's ranking metric, by experiment id, as the job summary chose it; chosen here for the others. */
  rankings?: Map<string, Ranking>;
  artifacts?: ArtifactContents;
  /** A series with at most this many finite points is kept whole. Default 1,000. */
  maxPointsPerSeries?: number;
  /** Points in all histories together; longer series are thinned to share it. Default 500,000. */
  maxTotalPoints?: number;
  /** The least a thinned series keeps, even when that overshoots the total. Default 500. */
  minPointsPerSeries?: number;
}

export interface Ranking {
  key: string;
  direction: MetricDirection;
  chosen: 'input' | 'auto';
}

export const DEFAULT_MAX_POINTS_PER_SERIES = 1000;
export const DEFAULT_MAX_TOTAL_POINTS = 500_000;
/** Enough that a thinned curve shows no stair-steps. */
const DEFAULT_MIN_POINTS_PER_SERIES = 500;

const pairs = (map: Map<string, string>): [string, string][] => [...map];

export function buildPayload(model: RunsModel, options: PayloadOptions = {}): DashboardData {
  const { data, runs } = payloadParts(model, options);
  data.runs = [...runs];
  return data;
}

/**
 * The payload with `runs` empty, and its runs one at a time: a large store's series, encoded, are most of the page, so
 * the page can be written run by run (dashboardHtml) without them all in memory. `data.sampling.sampledSeries` is
 * complete once the runs have been iterated.
 */
export function payloadParts(model: RunsModel, options: PayloadOptions = {}): { data: DashboardData; runs: Generator<RunData> } {
  const maxPerSeries = options.maxPointsPerSeries ?? DEFAULT_MAX_POINTS_PER_SERIES;
  const maxTotal = options.maxTotalPoints ?? DEFAULT_MAX_TOTAL_POINTS;
  const lengths: number[] = [];
  for (const run of model.runs) for (const h of run.metricHistories.values()) lengths.push(h.values.length);
  const cap = pointsPerSeries(lengths, maxTotal, maxPerSeries, options.minPointsPerSeries ?? DEFAULT_MIN_POINTS_PER_SERIES);
  const sampling = { maxPointsPerSeries: maxPerSeries, maxTotalPoints: maxTotal, pointsPerSeries: cap, sampledSeries: 0 };
  const notes = [...(options.artifacts?.notes ?? [])];

  function* runs(): Generator<RunData> {
    for (const run of model.runs) {
      const metrics: MetricData[] = [];
      for (const [key, latest] of run.latestMetrics) {
        const history = run.metricHistories.get(key);
        const series = history
          ? chartSeries(history, cap)
          : { steps: [], values: [], timestamps: [], sampled: false, nan: 0, posInf: 0, negInf: 0 };
        const t0 = series.timestamps.length ? series.timestamps[0]! : 0;
        if (series.sampled) sampling.sampledSeries++;
        metrics.push({
          key,
          value: truthFloat(latest.value),
          step: latest.step,
          timestamp: latest.timestamp,
          count: history?.values.length ?? 0,
          points: series.steps.length,
          steps: encodeSteps(series.steps),
          values: encodeValues(series.values),
          times: encodeSteps(Array.from(series.timestamps, (t) => t - t0)),
          t0,
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
        } else if (content?.kind === 'image') {
          entry.image = { mime: content.mime, base64: content.base64 };
        } else if (content?.kind === 'omitted') {
          entry.omitted = content.reason;
        }
        return entry;
      });
      yield {
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
    }
  }

  const data: DashboardData = {
    title: options.title ?? 'MLflow runs',
    generatedAt: options.generatedAt ?? null,
    store: { kind: model.store.kind, name: lastSegment(model.store.location) },
    metricDirections: [...new Set(model.runs.flatMap((r) => [...r.latestMetrics.keys()]))].map((key) => [
      key,
      [...(options.rankings?.values() ?? [])].find((r) => r.key === key)?.direction ?? chooseDirection(key, undefined).direction,
    ]),
    sampling,
    experiments: model.experiments.map((e) => {
      // The job summary's choice when given, else made the same way; ranked in the same order (run-ranking.ts).
      const active = model.runs.filter((r) => r.experimentId === e.experimentId && r.lifecycleStage === 'active');
      const auto = chooseMetric(active);
      const ranking: Ranking | undefined =
        options.rankings?.get(e.experimentId) ?? (auto === undefined ? undefined : { key: auto, direction: chooseDirection(auto, undefined).direction, chosen: 'auto' });
      const value = (run: Run) => (ranking && rankable(run) ? metricValue(run, ranking.key) : undefined);
      const order = ranking ? active.filter((r) => value(r) !== undefined).sort(compareRuns(value, ranking.direction)) : [];
      return {
        id: e.experimentId,
        name: e.name,
        deleted: e.lifecycleStage === 'deleted',
        created: e.creationTime,
        updated: e.lastUpdateTime,
        tags: pairs(e.tags),
        ranking: ranking ? { ...ranking, order: order.map((r) => r.runId) } : null,
      };
    }),
    runs: [],
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
  return { data, runs: runs() };
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
