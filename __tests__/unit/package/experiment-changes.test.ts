import { appendFileSync, cpSync, mkdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GitRepo } from '../../harness/git-repo.js';
import {
  experimentChanges,
  lfsPatternFor,
  renderExperimentChanges,
  renderExperimentChangesMarkdown,
} from '../../../shared/package/experiment-changes.js';
import { formatSize } from '../../../shared/text/units.js';

const fileStore = path.join(import.meta.dirname, '../../fixtures/mlflow/file-store/mlruns');
const experiment = '175452247855157805';
const newRunId = '0123456789abcdef0123456789abcdef';

/** A project whose mlruns/ (the fixture store) and mlflow.db are committed. */
function committedProject(): GitRepo {
  const repo = GitRepo.init();
  copyStore(repo.dir);
  repo.write('mlflow.db', 'SQLite format 3\0'.padEnd(4096, '\0'));
  repo.write('train.py', 'import mlflow\n');
  repo.commitAll('experiments so far');
  return repo;
}

function copyStore(dir: string): void {
  cpSync(fileStore, path.join(dir, 'mlruns'), { recursive: true });
}

function newRun(repo: GitRepo, prefix = ''): void {
  const run = `${prefix}mlruns/${experiment}/${newRunId}`;
  repo.write(`${run}/meta.yaml`, `run_id: ${newRunId}\nrun_name: bold-heron-42\nexperiment_id: '${experiment}'\nlifecycle_stage: active\n`);
  repo.write(`${run}/metrics/rmse`, '1795718006433 0.71 0\n1795718006434 0.65 1\n1795718006435 0.62 2\n');
  repo.write(`${run}/metrics/r2`, '1795718006433 0.31 0\n');
  repo.write(`${run}/params/max_depth`, '8');
  repo.write(`${run}/artifacts/model/model.pkl`, 'x'.repeat(2048));
}

describe('experimentChanges', () => {
  test('nothing since the last commit', async () => {
    const repo = committedProject();
    const changes = await experimentChanges(repo.dir);
    expect(changes).toEqual({ newRuns: [], deletedRuns: [], metricChanges: [], artifacts: [], otherFiles: [], large: [], lfsPatterns: [], ignored: [] });
    expect(renderExperimentChanges(changes)).toBe('No changes in the MLflow stores since the last commit.\n');
  });

  test('new runs, runs with new metric values, artifacts with sizes and a grown mlflow.db', async () => {
    const repo = committedProject();
    newRun(repo);
    appendFileSync(path.join(repo.dir, `mlruns/${experiment}/a7eab02ea5a4430096709e7c1b039366/metrics/train/loss`), '1795718006436 0.25 3\n1795718006437 0.2 4\n');
    repo.write(`mlruns/${experiment}/be63e3cc62d74fa78bd712b55d681a1a/metrics/val/loss`, '1795718006436 0.4 0\n');
    repo.write(`mlruns/${experiment}/bd4675e48fac4a6ab885076bacd8e986/artifacts/plots/residuals.png`, 'p'.repeat(5000));
    repo.write(`mlruns/${experiment}/bd4675e48fac4a6ab885076bacd8e986/tags/mlflow.note.content`, 'tuned');
    appendFileSync(path.join(repo.dir, 'mlflow.db'), Buffer.alloc(4096));

    const changes = await experimentChanges(repo.dir);
    expect(changes.newRuns).toEqual([{ store: 'mlruns', experiment, run: newRunId, name: 'bold-heron-42', metricValues: 4, artifacts: 1 }]);
    expect(changes.metricChanges).toEqual([
      { store: 'mlruns', experiment, run: 'a7eab02ea5a4430096709e7c1b039366', name: 'failed-run', metrics: [{ key: 'train/loss', added: 2, removed: 0 }], added: 2 },
      { store: 'mlruns', experiment, run: 'be63e3cc62d74fa78bd712b55d681a1a', name: 'killed-run', metrics: [{ key: 'val/loss', added: 1, removed: 0 }], added: 1 },
    ]);
    expect(changes.artifacts).toEqual([
      expect.objectContaining({ path: `mlruns/${experiment}/${newRunId}/artifacts/model/model.pkl`, status: 'added', size: 2048, before: undefined }),
      expect.objectContaining({ path: `mlruns/${experiment}/bd4675e48fac4a6ab885076bacd8e986/artifacts/plots/residuals.png`, status: 'added', size: 5000 }),
    ]);
    expect(changes.artifacts[1]!.run).toEqual({ store: 'mlruns', experiment, run: 'bd4675e48fac4a6ab885076bacd8e986', name: 'ユニコード-run-🚀' });
    expect(changes.database).toEqual({ path: 'mlflow.db', status: 'modified', before: 4096, after: 8192 });
    expect(changes.otherFiles.sort()).toEqual([
      `mlruns/${experiment}/${newRunId}/params/max_depth`,
      `mlruns/${experiment}/bd4675e48fac4a6ab885076bacd8e986/tags/mlflow.note.content`,
    ]);
    expect(changes.large).toEqual([]);

    const text = renderExperimentChanges(changes);
    expect(text.split('\n')[0]).toBe(
      'Found 1 new run, 2 runs with new metrics, 2 artifacts (7.0 kB), 2 other changed files in mlruns/; mlflow.db changed (4.1 kB → 8.2 kB).',
    );
    expect(text).toContain(`  - new run 01234567 "bold-heron-42" in experiment ${experiment}: 4 metric values, 1 artifact\n`);
    expect(text).toContain('  - run a7eab02e "failed-run": +2 metric values (train/loss)\n');
    const markdown = renderExperimentChangesMarkdown(changes);
    expect(markdown).toContain('| `01234567` | bold-heron-42 | 175452247855157805 | new: 4 metric values, 1 artifact |');
    expect(markdown).toContain(`| \`mlruns/${experiment}/bd4675e48fac4a6ab885076bacd8e986/artifacts/plots/residuals.png\` | 5.0 kB | added |`);
  });

  test('staged files count the same as untracked ones', async () => {
    const repo = committedProject();
    newRun(repo);
    appendFileSync(path.join(repo.dir, `mlruns/${experiment}/a7eab02ea5a4430096709e7c1b039366/metrics/train/loss`), '1795718006436 0.25 3\n');
    const untracked = await experimentChanges(repo.dir);
    repo.git('add', '-A');
    expect(await experimentChanges(repo.dir)).toEqual(untracked);
  });

  test('files over 50 MiB and 100 MiB, with Git LFS patterns for those not in LFS yet', async () => {
    const repo = committedProject();
    repo.write('.gitattributes', '*.onnx filter=lfs diff=lfs merge=lfs -text\n');
    repo.commitAll('lfs for onnx');
    newRun(repo);
    const artifacts = `mlruns/${experiment}/${newRunId}/artifacts`;
    // Sparse files: the sizes GitHub checks without writing 300 MB.
    for (const [file, size] of [['model/model.pkl', 120], ['data/features.npy', 60], ['model/model.onnx', 150], ['checkpoint', 101]] as const) {
      repo.write(`${artifacts}/${file}`, '');
      truncateSync(path.join(repo.dir, artifacts, file), size * 2 ** 20);
    }
    const changes = await experimentChanges(repo.dir);
    expect(changes.large.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: `${artifacts}/checkpoint`, size: 101 * 2 ** 20, limit: 'reject', lfs: false },
      { path: `${artifacts}/data/features.npy`, size: 60 * 2 ** 20, limit: 'warn', lfs: false },
      { path: `${artifacts}/model/model.onnx`, size: 150 * 2 ** 20, limit: 'reject', lfs: true },
      { path: `${artifacts}/model/model.pkl`, size: 120 * 2 ** 20, limit: 'reject', lfs: false },
    ]);
    expect(changes.lfsPatterns.sort()).toEqual(['mlruns/**/artifacts/**/*.npy', 'mlruns/**/artifacts/**/*.pkl', `${artifacts}/checkpoint`]);
    const text = renderExperimentChanges(changes);
    expect(text).toContain(`! ${artifacts}/model/model.pkl is 125.8 MB: GitHub rejects pushes with files over 100 MiB.\n`);
    expect(text).toContain(`! ${artifacts}/data/features.npy is 62.9 MB: GitHub warns about files over 50 MiB.\n`);
    expect(text).toContain(`! ${artifacts}/model/model.onnx is 157.3 MB; it is stored with Git LFS already.\n`);
    expect(text).toContain('    git lfs track "mlruns/**/artifacts/**/*.pkl"\n');
    expect(renderExperimentChangesMarkdown(changes)).toContain('> git lfs track "mlruns/**/artifacts/**/*.npy"');
  });

  test('a deleted run and its artifacts, with their size at the last commit', async () => {
    const repo = committedProject();
    rmSync(path.join(repo.dir, `mlruns/${experiment}/2116a29350e5485d995d83586e6d6eda`), { recursive: true });
    const changes = await experimentChanges(repo.dir);
    expect(changes.deletedRuns).toEqual([{ store: 'mlruns', experiment, run: '2116a29350e5485d995d83586e6d6eda', name: undefined }]);
    expect(changes.artifacts).toEqual([
      { path: `mlruns/${experiment}/2116a29350e5485d995d83586e6d6eda/artifacts/gone.txt`, status: 'deleted', size: 0, before: expect.any(Number), run: expect.objectContaining({ run: '2116a29350e5485d995d83586e6d6eda' }) },
    ]);
    expect(changes.artifacts[0]!.before).toBeGreaterThan(0);
    expect(renderExperimentChanges(changes).split('\n')[0]).toBe('Found 1 deleted artifact, 1 deleted run, 6 other changed files in mlruns/.');
  });

  test('a project in a subfolder of the repository, with spaces and unicode in paths', async () => {
    const repo = GitRepo.init();
    const project = path.join(repo.dir, 'projects', 'wine quality');
    mkdirSync(project, { recursive: true });
    cpSync(fileStore, path.join(project, 'mlruns'), { recursive: true });
    repo.commitAll('store');
    const artifact = `mlruns/${experiment}/bd4675e48fac4a6ab885076bacd8e986/artifacts/texts/ユニコード 2.txt`;
    writeFileSync(path.join(project, artifact), 'こんにちは');
    const changes = await experimentChanges(project);
    expect(changes.artifacts).toEqual([expect.objectContaining({ path: artifact, status: 'added', size: 15 })]);
  });

  test('a store .gitignore keeps out is reported, since git will not package it', async () => {
    const repo = committedProject();
    repo.write('.gitignore', 'mlruns/\n');
    newRun(repo);
    const changes = await experimentChanges(repo.dir);
    expect(changes.ignored).toEqual(['mlruns']);
    expect(changes.newRuns).toEqual([]);
    expect(renderExperimentChanges(changes)).toBe('mlruns is ignored by .gitignore: git will not package it.\nNo changes in the MLflow stores since the last commit.\n');
  });

  test('before the first commit, everything in the store is new', async () => {
    const repo = GitRepo.init();
    copyStore(repo.dir);
    const changes = await experimentChanges(repo.dir);
    expect(changes.newRuns.length).toBe(14); // the fixture's runs; .trash/ holds a deleted experiment, not a run
    expect(changes.newRuns.find((r) => r.run === 'a7eab02ea5a4430096709e7c1b039366')).toMatchObject({ name: 'failed-run', metricValues: 3 });
  });

  test('mlartifacts/ (the tracking server store) holds artifacts only', async () => {
    const repo = committedProject();
    repo.write(`mlartifacts/1/${newRunId}/artifacts/model/MLmodel`, 'flavors: {}\n');
    const changes = await experimentChanges(repo.dir);
    expect(changes.artifacts).toEqual([
      { path: `mlartifacts/1/${newRunId}/artifacts/model/MLmodel`, status: 'added', size: 12, before: undefined, run: { store: 'mlartifacts', experiment: '1', run: newRunId } },
    ]);
    expect(renderExperimentChanges(changes).split('\n')[0]).toBe('Found 1 artifact (12 B) in mlartifacts/.');
  });
});

describe('lfsPatternFor and formatSize', () => {
  test('patterns by extension under the store, or the exact path', () => {
    expect(lfsPatternFor('mlruns/1/abc/artifacts/model/model.pkl')).toBe('mlruns/**/artifacts/**/*.pkl');
    expect(lfsPatternFor('mlruns/1/models/m-1/artifacts/model.safetensors')).toBe('mlruns/**/artifacts/**/*.safetensors');
    expect(lfsPatternFor('mlartifacts/1/abc/artifacts/data.parquet')).toBe('mlartifacts/**/*.parquet');
    expect(lfsPatternFor('mlruns/1/abc/metrics/loss')).toBe('mlruns/1/abc/metrics/loss');
    expect(lfsPatternFor('mlflow.db')).toBe('mlflow.db');
  });

  test('decimal units', () => {
    expect([formatSize(12), formatSize(12_345), formatSize(12_345_678), formatSize(999_999_999), formatSize(3.2e9)]).toEqual(['12 B', '12.3 kB', '12.3 MB', '1.0 GB', '3.2 GB']);
  });
});
