import { chooseRunner, describeNeeds, NoRunnerFitsError, parseRunsOn, runnerShortfalls } from '../../../shared/dispatch/choose-runner.js';
import { parseRunnerCatalog, type RunnerCatalog } from '../../../shared/dispatch/runner-catalog.js';

const GB = 1e9;
const GiB = 2 ** 30;

function catalog(runners: Record<string, unknown>): RunnerCatalog {
  const { catalog, diagnostics } = parseRunnerCatalog(runners, '.github/ml-hub.yml');
  expect(diagnostics).toEqual([]);
  return catalog;
}

const priced = catalog({
  'cpu-small': { 'larger-runner': 'ubuntu-24.04-4core', cpus: 4, memory: '16GB', disk: '150GB', 'price-per-minute': 0.016 },
  'gpu-t4': { 'larger-runner': 'gpu-t4-4core', cpus: 4, memory: '28GB', gpu: 1, disk: '176GB', 'price-per-minute': 0.07 },
  'gpu-box': { labels: ['self-hosted', 'linux', 'gpu'], cpus: 16, memory: '64GB', gpu: 2, disk: '1TB', 'price-per-minute': 0.04 },
  'arc-a100': { 'scale-set': 'arc-a100', cpus: 32, memory: '256GB', gpu: 4, 'price-per-minute': 0.5 },
});

const unpriced = catalog({
  'arc-big': { 'scale-set': 'arc-big', cpus: 32, memory: '128GB', gpu: 2 },
  'gpu-box': { labels: ['self-hosted', 'gpu'], cpus: 16, memory: '64GB', gpu: 1 },
  'cpu-box': { labels: ['self-hosted', 'cpu'], cpus: 8, memory: '32GB' },
});

test('the cheapest runner that meets the requirements, with the next cheapest named', () => {
  const choice = chooseRunner(priced, { gpu: 1, memory: 24 * GB });
  expect(choice).toEqual({
    runsOn: ['self-hosted', 'linux', 'gpu'],
    name: 'gpu-box',
    how: 'cheapest',
    explanation:
      'Runner `gpu-box` (self-hosted [self-hosted, linux, gpu]): the cheapest of the 3 runners in .github/ml-hub.yml that meet the requirements (24 GB memory, 1 GPU), at 0.04/min; next, gpu-t4 at 0.07/min. Falling short: cpu-small (16 GB memory (needs 24 GB); no GPU listed (needs 1)).',
    warnings: [],
  });
  // Without the GPU requirement the CPU runner is cheapest.
  expect(chooseRunner(priced, { cpus: 4 }).name).toBe('cpu-small');
});

test('the smallest runner that fits when no prices are given: GPUs first, then cores and memory', () => {
  const choice = chooseRunner(unpriced, { gpu: 1 });
  expect(choice.name).toBe('gpu-box');
  expect(choice.how).toBe('smallest');
  expect(choice.explanation).toBe(
    'Runner `gpu-box` (self-hosted [self-hosted, gpu]): the smallest of the 2 runners in .github/ml-hub.yml that meet the requirements (1 GPU) (no prices are listed, so size decides). Falling short: cpu-box (no GPU listed (needs 1)).',
  );
  expect(chooseRunner(unpriced, {}).name).toBe('cpu-box');
  expect(chooseRunner(unpriced, { cpus: 20 }).explanation).toMatch(/^Runner `arc-big` \(scale set arc-big\): the only runner in \.github\/ml-hub\.yml that meets the requirements \(20 cores\)\./);
});

test('priced runners rank before unpriced ones, and the explanation says so', () => {
  const mixed = catalog({
    'own-box': { labels: ['self-hosted', 'gpu'], gpu: 1, cpus: 8 },
    't4': { 'larger-runner': 'gpu-t4-4core', gpu: 1, cpus: 4, 'price-per-minute': 0.07 },
  });
  const choice = chooseRunner(mixed, { gpu: 1 });
  expect(choice.name).toBe('t4');
  expect(choice.explanation).toContain('; next, own-box at no listed price. Runners without a price-per-minute (own-box) rank after priced ones.');
  // A price of 0 (a machine already paid for) beats every paid one.
  const free = catalog({ ...{ 'own-box': { labels: ['self-hosted', 'gpu'], gpu: 1, 'price-per-minute': 0 } }, 't4': { 'larger-runner': 'gpu-t4-4core', gpu: 1, 'price-per-minute': 0.07 } });
  expect(chooseRunner(free, { gpu: 1 }).name).toBe('own-box');
});

test('equal prices and sizes go to the runner listed first', () => {
  const twins = catalog({ b: { labels: ['b'], cpus: 4, 'price-per-minute': 0.01 }, a: { labels: ['a'], cpus: 4, 'price-per-minute': 0.01 } });
  expect(chooseRunner(twins, { cpus: 2 }).name).toBe('b');
});

test('sizes compare as tiers: 16 GiB meets a 16 GB requirement and the other way round', () => {
  const box = catalog({ box: { labels: ['self-hosted'], memory: '16GB', disk: '14 GiB' } }).runners[0]!;
  expect(runnerShortfalls(box, { memory: 16 * GiB, disk: 14 * GB })).toEqual([]);
  expect(runnerShortfalls(box, { memory: 17 * GB, disk: 15 * GB })).toEqual(['16 GB memory (needs 17 GB)', '14 GB disk (needs 15 GB)']);
});

test('refusal: none fits, and the message says why for each runner', () => {
  let error: unknown;
  try {
    chooseRunner(priced, { cpus: 64, memory: 512 * GB, gpu: 8, disk: 2000 * GB });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(NoRunnerFitsError);
  expect((error as Error).message).toBe(
    [
      'No runner in .github/ml-hub.yml meets the requirements (64 cores, 512 GB memory, 8 GPUs, 2000 GB disk):',
      '  - cpu-small: 4 cores (needs 64); 16 GB memory (needs 512 GB); 150 GB disk (needs 2000 GB); no GPU listed (needs 8)',
      '  - gpu-t4: 4 cores (needs 64); 28 GB memory (needs 512 GB); 176 GB disk (needs 2000 GB); 1 GPU (needs 8)',
      '  - gpu-box: 16 cores (needs 64); 64 GB memory (needs 512 GB); 1000 GB disk (needs 2000 GB); 2 GPUs (needs 8)',
      '  - arc-a100: 32 cores (needs 64); 256 GB memory (needs 512 GB); disk not listed (needs 2000 GB); 4 GPUs (needs 8)',
      'Add a runner that does to `runners:` in .github/ml-hub.yml, lower the requirements, or name a runner explicitly.',
    ].join('\n'),
  );
});

test('an explicit catalog runner overrides the choice, with a warning when it does not fit', () => {
  const fits = chooseRunner(priced, { gpu: 1 }, 'arc-a100');
  expect(fits).toMatchObject({ name: 'arc-a100', runsOn: 'arc-a100', how: 'explicit', warnings: [] });
  expect(fits.explanation).toBe('Runner `arc-a100` (scale set arc-a100), named explicitly. It meets the requirements (1 GPU).');

  const short = chooseRunner(priced, { gpu: 1 }, 'cpu-small');
  expect(short.runsOn).toBe('ubuntu-24.04-4core');
  expect(short.warnings).toEqual(['The runner cpu-small was named explicitly but does not meet the requirements (1 GPU): no GPU listed (needs 1).']);
  expect(short.explanation).toContain('It does not meet the requirements: no GPU listed (needs 1).');
});

test('an explicit runner outside the catalog is taken as runs-on, even when nothing in the catalog would fit', () => {
  expect(chooseRunner(priced, { gpu: 64 }, 'my-h100-pool')).toEqual({
    runsOn: 'my-h100-pool',
    name: 'my-h100-pool',
    how: 'explicit',
    explanation:
      'Runner `my-h100-pool`, named explicitly. It is not in the runner catalog, so it was not checked against the requirements (64 GPUs); setup-env checks the machine when the job starts.',
    warnings: [],
  });
  expect(chooseRunner({ runners: [] }, {}, ' self-hosted, linux ,gpu ').runsOn).toEqual(['self-hosted', 'linux', 'gpu']);
  expect(chooseRunner({ runners: [] }, {}, '{"group": "ml", "labels": "gpu"}').runsOn).toEqual({ group: 'ml', labels: ['gpu'] });
});

test('runs-on given as JSON must be a label, labels or a group', () => {
  expect(parseRunsOn('["self-hosted","gpu"]')).toEqual(['self-hosted', 'gpu']);
  expect(parseRunsOn('"ubuntu-latest"')).toBe('ubuntu-latest');
  expect(parseRunsOn('{"group":"ml"}')).toEqual({ group: 'ml' });
  expect(() => parseRunsOn('[self-hosted')).toThrow('runner: [self-hosted is not valid JSON; give a label, labels separated by commas, or JSON such as ["self-hosted","gpu"]');
  expect(() => parseRunsOn('{"group":"ml","os":"linux"}')).toThrow(/is not a runs-on value/);
  expect(() => parseRunsOn('[]')).toThrow(/is not a runs-on value/);
  expect(() => parseRunsOn(' , ')).toThrow('runner: empty');
});

test('without a catalog the workflow keeps its own runs-on, and the requirements are left to setup-env', () => {
  expect(chooseRunner({ source: 'pyproject.toml', runners: [] }, { cpus: 8 })).toEqual({
    how: 'workflow-default',
    explanation:
      "No runner catalog (`runners:` in pyproject.toml): the workflow's own `runs-on` default is used. The requirements (8 cores) are checked by setup-env on whatever machine the workflow gets.",
    warnings: [],
  });
});

test('needs read as a phrase', () => {
  expect(describeNeeds({ cpus: 1, memory: 16 * GiB, gpu: 2, disk: 100 * GB, python: '3.11' })).toBe('1 core, 16 GB memory, 2 GPUs, 100 GB disk');
  expect(describeNeeds({})).toBe('');
  expect(chooseRunner(unpriced, {}).explanation).toContain('that meet the requirements (none are recorded)');
});
