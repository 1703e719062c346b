// Workflow runs the test scripts: queued → in_progress → completed with a conclusion, moved on by the test
// (advance/complete) or by the clock (startAfterMs/completeAfterMs), each with jobs, steps and artifacts.

export type Conclusion = 'success' | 'failure' | 'cancelled' | 'skipped' | 'timed_out' | 'neutral' | 'action_required';
export type RunStatus = 'queued' | 'in_progress' | 'completed';

export interface JobPlan {
  name: string;
  /** Defaults to the run's conclusion. */
  conclusion?: Conclusion;
  steps?: string[];
}

export interface ArtifactPlan {
  name: string;
  /** Files of the artifact zip. */
  files: Record<string, string | Uint8Array>;
  expired?: boolean;
}

export interface RunPlan {
  /** Default 'success'. */
  conclusion?: Conclusion;
  /** Default: the jobs and steps of the workflow file. */
  jobs?: JobPlan[];
  /** Uploaded when the run completes. */
  artifacts?: ArtifactPlan[];
  /** Move on by the clock instead of waiting for the test: ms after creation. */
  startAfterMs?: number;
  completeAfterMs?: number;
  /** GitHub lists a dispatched run only after a moment: ms after creation before the list endpoints show it. */
  visibleAfterMs?: number;
}

export interface Artifact {
  id: number;
  name: string;
  zip: Buffer;
  createdAt: number;
  expired: boolean;
}

export interface Job {
  id: number;
  name: string;
  conclusion?: Conclusion;
  steps: string[];
}

export class WorkflowRun {
  startedAt?: number;
  completedAt?: number;
  conclusion?: Conclusion;
  readonly artifacts: Artifact[] = [];

  constructor(
    readonly id: number,
    readonly info: {
      workflowId: number;
      workflowPath: string;
      name: string;
      displayTitle: string;
      runNumber: number;
      event: string;
      headBranch: string | null;
      headSha: string;
      actor: string;
      createdAt: number;
      checkSuiteId: number;
      inputs?: Record<string, unknown>;
    },
    readonly plan: RunPlan,
    readonly jobs: Job[],
    private readonly uploadArtifacts: (run: WorkflowRun) => void,
  ) {}

  get status(): RunStatus {
    return this.completedAt !== undefined ? 'completed' : this.startedAt !== undefined ? 'in_progress' : 'queued';
  }

  get updatedAt(): number {
    return this.completedAt ?? this.startedAt ?? this.info.createdAt;
  }

  visibleAt(now: number): boolean {
    return now >= this.info.createdAt + (this.plan.visibleAfterMs ?? 0);
  }

  /** Applies the clock-driven part of the plan. */
  sync(now: number): void {
    const { startAfterMs, completeAfterMs } = this.plan;
    if (startAfterMs !== undefined && this.startedAt === undefined && now >= this.info.createdAt + startAfterMs) {
      this.startedAt = this.info.createdAt + startAfterMs;
    }
    if (completeAfterMs !== undefined && this.completedAt === undefined && now >= this.info.createdAt + completeAfterMs) {
      this.startedAt ??= this.info.createdAt + completeAfterMs;
      this.finish(this.info.createdAt + completeAfterMs, this.plan.conclusion ?? 'success');
    }
  }

  /** One step along queued → in_progress → completed. */
  advance(now: number): RunStatus {
    if (this.startedAt === undefined) this.startedAt = now;
    else if (this.completedAt === undefined) this.finish(now, this.plan.conclusion ?? 'success');
    return this.status;
  }

  complete(now: number, conclusion: Conclusion = this.plan.conclusion ?? 'success'): void {
    if (this.completedAt !== undefined) throw new Error(`run ${this.id} has already completed`);
    this.startedAt ??= now;
    this.finish(now, conclusion);
  }

  private finish(at: number, conclusion: Conclusion): void {
    this.completedAt = at;
    this.conclusion = conclusion;
    this.uploadArtifacts(this);
  }

  jobConclusion(job: Job): Conclusion | undefined {
    return this.conclusion === undefined ? undefined : (job.conclusion ?? this.conclusion);
  }

  /**
   * Steps as GitHub reports them: "Set up job", the job's steps, "Complete job". While the run is in progress the first
   * step is done and the second running; a failed job fails at its last own step and skips nothing after "Complete job".
   */
  steps(job: Job): { name: string; status: RunStatus; conclusion: Conclusion | null; number: number }[] {
    const names = ['Set up job', ...job.steps, 'Complete job'];
    const jobConclusion = this.jobConclusion(job);
    return names.map((name, i) => {
      if (this.status === 'queued') return { name, status: 'queued' as const, conclusion: null, number: i + 1 };
      if (this.status === 'in_progress') {
        const status = i === 0 ? 'completed' : i === 1 ? 'in_progress' : 'queued';
        return { name, status, conclusion: i === 0 ? 'success' : null, number: i + 1 };
      }
      const failing = jobConclusion !== 'success' && i === names.length - 2;
      return { name, status: 'completed' as const, conclusion: failing ? jobConclusion! : 'success', number: i + 1 };
    });
  }
}
