import { GitRepo } from '../../harness/git-repo.js';
import { parseBaselineSpec, prepareBaseline, BaselineSpecError } from '../../../shared/report/baseline.js';
import { makeRun } from './synthetic-runs.js';

test('baseline forms', () => {
  expect(parseBaselineSpec('')).toBeUndefined();
  expect(parseBaselineSpec('base')).toEqual({ kind: 'base' });
  expect(parseBaselineSpec('branch:main')).toEqual({ kind: 'branch', name: 'main' });
  expect(parseBaselineSpec('tag:stage=production')).toEqual({ kind: 'tag', key: 'stage', value: 'production' });
  expect(parseBaselineSpec('tag:note=a=b')).toEqual({ kind: 'tag', key: 'note', value: 'a=b' });
  expect(parseBaselineSpec('9c307a716d694d7fa29c9056ca6298c8')).toEqual({ kind: 'run', runId: '9c307a716d694d7fa29c9056ca6298c8' });
  expect(parseBaselineSpec('run:abc')).toEqual({ kind: 'run', runId: 'abc' });
  expect(() => parseBaselineSpec('tag:stage')).toThrow(BaselineSpecError);
  expect(() => parseBaselineSpec('branch:')).toThrow(/no branch name/);
  expect(() => parseBaselineSpec('the old one')).toThrow(/expected a run id, run:<id>, tag:<key>=<value>, branch:<name> or base/);
});

test('a run id, in this experiment or another', async () => {
  const a = makeRun({ id: 'a' });
  const other = makeRun({ id: 'o', experimentId: '2' });
  const picker = await prepareBaseline({ kind: 'run', runId: 'o' }, { allRuns: [a, other] });
  expect(picker.pick([a])).toEqual({ run: other, note: 'the baseline run o belongs to another experiment' });
  const missing = await prepareBaseline({ kind: 'run', runId: 'zz' }, { allRuns: [a] });
  expect(missing.pick([a])).toEqual({ run: undefined, note: 'no run zz in the store' });
});

test('a tag: the latest run carrying it', async () => {
  const old = makeRun({ id: 'old', start: 1, tags: { stage: 'production' } });
  const recent = makeRun({ id: 'recent', start: 5, tags: { stage: 'production' } });
  const other = makeRun({ id: 'other', start: 9, tags: { stage: 'dev' } });
  const picker = await prepareBaseline({ kind: 'tag', key: 'stage', value: 'production' }, { allRuns: [old, recent, other] });
  expect(picker.pick([old, recent, other]).run).toBe(recent);
  expect(picker.pick([other])).toEqual({ run: undefined, note: 'no run is tagged stage=production' });
});

describe('the latest run of a branch, through git history', () => {
  // main: c1 - c2 - c3; feature branches off c2 with f1.
  const repo = GitRepo.init();
  let c1 = '';
  let c2 = '';
  let c3 = '';
  let f1 = '';
  beforeAll(() => {
    c1 = repo.commitAll('one');
    c2 = repo.commitAll('two');
    c3 = repo.commitAll('three');
    repo.git('checkout', '-q', '-b', 'feature', c2);
    f1 = repo.commitAll('feature');
    repo.git('checkout', '-q', 'main');
  });
  const at = (id: string, commit: string, start: number) => makeRun({ id, start, tags: { 'mlflow.source.git.commit': commit } });

  test('the nearest ancestor wins, then the latest start', async () => {
    const runs = [at('r1', c1, 100), at('r2a', c2, 1), at('r2b', c2, 2), at('rf', f1, 999)];
    const main = await prepareBaseline({ kind: 'branch', name: 'main' }, { repoDir: repo.dir, allRuns: runs });
    expect(main.label).toBe(`the latest run of main (commit ${c3.slice(0, 7)} or an ancestor)`);
    expect(main.pick(runs).run?.runId).toBe('r2b');
    expect(main.pick([runs[0]!, runs[3]!]).run?.runId).toBe('r1');
    const feature = await prepareBaseline({ kind: 'branch', name: 'feature' }, { repoDir: repo.dir, allRuns: runs });
    expect(feature.pick(runs).run?.runId).toBe('rf');
  });

  test('base: the event’s base commit; abbreviated commits match too', async () => {
    const runs = [at('r1', c1.slice(0, 10), 1), at('r3', c3, 2)];
    const base = await prepareBaseline({ kind: 'base' }, { repoDir: repo.dir, baseCommit: c2, allRuns: runs });
    expect(base.pick(runs).run?.runId).toBe('r1');
  });

  test('no match says why', async () => {
    const untagged = [makeRun({ id: 'u' })];
    const base = await prepareBaseline({ kind: 'base' }, { repoDir: repo.dir, baseCommit: c1, allRuns: untagged });
    expect(base.pick(untagged).note).toMatch(/no run records its commit/);
    const later = [at('r3', c3, 1)];
    expect((await prepareBaseline({ kind: 'base' }, { repoDir: repo.dir, baseCommit: c1, allRuns: later })).pick(later).note).toMatch(
      /no run was logged at the base's commit .* or an ancestor of it/,
    );
    expect((await prepareBaseline({ kind: 'base' }, { repoDir: repo.dir, allRuns: later })).pick(later).note).toMatch(/no base commit/);
    expect((await prepareBaseline({ kind: 'branch', name: 'nope' }, { repoDir: repo.dir, allRuns: later })).pick(later).note).toMatch(/no branch nope/);
  });
});
