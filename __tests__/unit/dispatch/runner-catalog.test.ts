import { loadConfig } from '../../../shared/config/config.js';
import type { FileReader } from '../../../shared/env/model.js';
import { describeRunsOn, loadRunnerCatalog, parseRunnerCatalog } from '../../../shared/dispatch/runner-catalog.js';

const files = (map: Record<string, string>): FileReader => ({ read: (p) => map[p] });

function catalogOf(file: string, text: string) {
  const reader = files({ [file]: text });
  const { config, diagnostics } = loadConfig(reader);
  expect(diagnostics).toEqual([]);
  return loadRunnerCatalog(config, reader);
}

const GB = 1e9;

test('self-hosted label sets, scale sets and larger runners, with their sizes and prices', () => {
  const { catalog, diagnostics } = catalogOf(
    '.github/ml-hub.yml',
    `requirements:
  gpu: 1
runners:
  gpu-box:
    labels: [self-hosted, linux, gpu]
    cpus: 16
    memory: 64GB
    gpu: 1
    disk: 1TB
  arc-a100:
    scale-set: arc-a100
    cpus: 32
    memory: 256 GiB
    gpu: 4
    price-per-minute: 0.5
  linux-16core:
    larger-runner: ubuntu-24.04-16core
    group: ml-runners
    cpus: 16
    memory: 64
    price-per-minute: 0.064
  any-in-group:
    group: gpu-pool
`,
  );
  expect(diagnostics).toEqual([]);
  expect(catalog.source).toBe('.github/ml-hub.yml');
  expect(catalog.runners).toEqual([
    { name: 'gpu-box', kind: 'self-hosted', runsOn: ['self-hosted', 'linux', 'gpu'], cpus: 16, memory: 64 * GB, gpu: 1, disk: 1000 * GB },
    { name: 'arc-a100', kind: 'scale-set', runsOn: 'arc-a100', cpus: 32, memory: 256 * 2 ** 30, gpu: 4, pricePerMinute: 0.5 },
    { name: 'linux-16core', kind: 'larger-runner', runsOn: { group: 'ml-runners', labels: ['ubuntu-24.04-16core'] }, cpus: 16, memory: 64 * 2 ** 30, pricePerMinute: 0.064 },
    { name: 'any-in-group', kind: 'larger-runner', runsOn: { group: 'gpu-pool' } },
  ]);
  expect(catalog.runners.map((r) => describeRunsOn(r.runsOn))).toEqual([
    '[self-hosted, linux, gpu]',
    'arc-a100',
    'group ml-runners (labels: ubuntu-24.04-16core)',
    'group gpu-pool',
  ]);
});

test('a larger runner without a group is its one label; no runners: section is an empty catalog', () => {
  expect(parseRunnerCatalog({ big: { 'larger-runner': 'ubuntu-24.04-32core', cpus: 32 } }, 'f.yml').catalog.runners[0]!.runsOn).toBe('ubuntu-24.04-32core');
  expect(catalogOf('.github/ml-hub.yml', 'exclude: [x]\n').catalog).toEqual({ source: '.github/ml-hub.yml', runners: [] });
});

test('mistakes are diagnostics on their line, and a runner with one is left out', () => {
  const text = `runners:
  ok:
    labels: [self-hosted]
    cpus: 4
  bad-cpus:
    labels: [self-hosted, big]
    cpus: lots
  two-places:
    labels: [self-hosted]
    scale-set: arc
  nowhere:
    cpus: 2
  bad-memory:
    scale-set: arc
    memory: plenty
    gpus: 1
  bad-price:
    larger-runner: linux-8core
    price-per-minute: cheap
  empty-labels:
    labels: []
`;
  const { catalog, diagnostics } = catalogOf('.github/ml-hub.yml', text);
  expect(catalog.runners.map((r) => r.name)).toEqual(['ok']);
  const shown = diagnostics.map((d) => `${d.file}:${d.line}: ${d.severity}: ${d.message}`);
  expect(shown).toEqual([
    '.github/ml-hub.yml:7: error: runners.bad-cpus.cpus: expected a whole number, got "lots"',
    '.github/ml-hub.yml:10: error: runners.two-places.scale-set: say where the runner is with one of labels, scale-set or larger-runner, not labels and scale-set',
    '.github/ml-hub.yml:12: error: runners.nowhere: say where the runner is: labels (self-hosted), scale-set (actions-runner-controller) or larger-runner (its label)',
    '.github/ml-hub.yml:16: warning: runners.bad-memory.gpus: unknown key; expected labels, scale-set, larger-runner, group, cpus, memory, gpu, disk, price-per-minute',
    '.github/ml-hub.yml:15: error: runners.bad-memory.memory: expected a size such as "64GB", got "plenty"',
    '.github/ml-hub.yml:19: error: runners.bad-price.price-per-minute: expected a number such as 0.064, got "cheap"',
    '.github/ml-hub.yml:21: error: runners.empty-labels.labels: expected a list of runner labels, e.g. [self-hosted, linux, gpu]',
  ]);
  expect(diagnostics.every((d) => d.code === 'config/runners')).toBe(true);
});

test('runners: must be a mapping of names', () => {
  const { diagnostics } = catalogOf('.github/ml-hub.yml', 'python: "3.11"\nrunners:\n  - self-hosted\n');
  expect(diagnostics).toEqual([
    expect.objectContaining({ severity: 'error', line: 3, message: expect.stringMatching(/^runners: expected a mapping of runner names/) }),
  ]);
});

test('[tool.ml-hub.runners.*] tables in pyproject.toml, with problems on their lines', () => {
  const text = `[project]
name = "wine"

[tool.ml-hub]
fail-on = "any"

[tool.ml-hub.runners.gpu-box]
labels = ["self-hosted", "gpu"]
gpu = 1

[tool.ml-hub.runners."arc-cpu"]
scale-set = "arc-cpu"
cpus = "eight"
`;
  const { catalog, diagnostics } = catalogOf('pyproject.toml', text);
  expect(catalog.runners).toEqual([{ name: 'gpu-box', kind: 'self-hosted', runsOn: ['self-hosted', 'gpu'], gpu: 1 }]);
  expect(diagnostics).toEqual([{ severity: 'error', code: 'config/runners', message: 'runners.arc-cpu.cpus: expected a whole number, got "eight"', file: 'pyproject.toml', line: 13 }]);
});
