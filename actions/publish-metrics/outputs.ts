// What the step leaves behind besides the summary: its outputs, and the read's diagnostics as annotations.

import * as core from '@actions/core';
import path from 'node:path';
import type { Diagnostic } from '../../shared/diagnostics.js';
import type { Annotation } from '../../shared/drift/annotations.js';
import { metricValue, type ExperimentReport } from '../../shared/report/experiment-report.js';

/** Reader diagnostics as annotations: on the file and line when it is in the workspace, else named in the message. */
export function diagnosticAnnotation(d: Diagnostic, ws: string): Annotation {
  const full = path.resolve(ws, d.file);
  const inside = !/^[a-z][a-z0-9+.-]+:\/\//i.test(d.file) && full.startsWith(ws + path.sep);
  return {
    level: d.severity,
    title: `ml-hub: ${d.code}`,
    message: inside ? d.message : `${d.file}: ${d.message}`,
    file: inside ? path.relative(ws, full).split(path.sep).join('/') : undefined,
    line: inside ? d.line : undefined,
  };
}

/** The `runs` output: every reported run, ranked ones first, at most 1,000. */
export function runsOutput(reports: ExperimentReport[]): string {
  const rows = reports.flatMap((r) => {
    const ranked = new Set(r.ranked);
    const order = [...r.ranked, ...r.runs.filter((run) => !ranked.has(run))];
    return order.map((run) => ({
      id: run.runId,
      name: run.runName,
      experiment: r.experiment.name,
      status: run.status,
      metric: r.metric?.key ?? null,
      value: r.metric ? (metricValue(run, r.metric.key) ?? null) : null,
    }));
  });
  return JSON.stringify(rows.slice(0, 1000));
}

export interface PublishOutputs {
  bestRunId: string;
  bestMetric: string;
  runs: string;
  reportPath: string;
  dashboardPath: string;
  commentUrl: string;
  regressed: string;
}

/** Every output, always set (an empty string when there is nothing to say). */
export function setOutputs(o: PublishOutputs): void {
  core.setOutput('best-run-id', o.bestRunId);
  core.setOutput('best-metric', o.bestMetric);
  core.setOutput('runs', o.runs);
  core.setOutput('report-path', o.reportPath);
  core.setOutput('dashboard-path', o.dashboardPath);
  core.setOutput('comment-url', o.commentUrl);
  core.setOutput('regressed', o.regressed);
}
