import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { readInputs } from '../../../actions/publish-metrics/inputs.js';
import { InputError } from '../../../actions/common/inputs.js';

const metadata = YAML.parse(readFileSync(path.resolve('publish-metrics/action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
  branding: { icon: string; color: string };
};

/** INPUT_* as the runner sets them: action.yml's defaults, then the given values. */
function withInputs(values: Record<string, string>, body: () => void): void {
  const saved = { ...process.env };
  try {
    for (const [name, spec] of Object.entries(metadata.inputs)) process.env[`INPUT_${name.toUpperCase()}`] = spec.default ?? '';
    for (const [name, value] of Object.entries(values)) process.env[`INPUT_${name.toUpperCase()}`] = value;
    body();
  } finally {
    process.env = saved;
  }
}

test('action.yml: node24, the bundle, every input and output described, branding', () => {
  expect(metadata.runs).toEqual({ using: 'node24', main: '../dist/publish-metrics/index.js' });
  expect(metadata.branding.icon).toBeTruthy();
  expect(Object.keys(metadata.inputs).sort()).toEqual(
    ['artifact-name', 'baseline', 'comment', 'dashboard', 'direction', 'experiments', 'fail-on-regression', 'include-run-artifacts', 'max-artifact-size', 'max-runs', 'metric', 'params', 'store', 'token', 'top', 'upload-artifacts'].sort(),
  );
  expect(Object.keys(metadata.outputs).sort()).toEqual(['best-metric', 'best-run-id', 'comment-url', 'dashboard-path', 'regressed', 'report-path', 'runs']);
  for (const spec of [...Object.values(metadata.inputs), ...Object.values(metadata.outputs)]) expect(spec.description.length).toBeGreaterThan(20);
});

test('the defaults read as documented', () => {
  withInputs({ token: 'ghs_x' }, () => {
    expect(readInputs()).toEqual({
      store: undefined, experiments: [], metric: undefined, direction: undefined, params: [], top: 5, baseline: undefined, rules: [],
      comment: true, token: 'ghs_x', upload: true, artifactName: 'publish-metrics', runArtifacts: [], maxArtifactSize: 10_000_000, maxRuns: 1000, dashboard: true,
    });
  });
});

test('lists, choices, rules and sizes', () => {
  withInputs(
    {
      experiments: 'wine-*\nedge-cases', metric: 'val/rmse', direction: 'max', top: '3', baseline: 'branch:main',
      'fail-on-regression': 'val/rmse:2%', 'include-run-artifacts': '*.json, summary/**', 'max-artifact-size': '512KB', comment: 'false',
    },
    () => {
      const inputs = readInputs();
      expect(inputs.experiments).toEqual(['wine-*', 'edge-cases']);
      expect(inputs.baseline).toEqual({ kind: 'branch', name: 'main' });
      // Unsigned, on the ranking metric: the direction input decides that a fall is worse.
      expect(inputs.rules[0]).toMatchObject({ metric: 'val/rmse', worse: 'fall', relative: true });
      expect(inputs.runArtifacts).toEqual(['*.json', 'summary/**']);
      expect(inputs.maxArtifactSize).toBe(512_000);
      expect(inputs.comment).toBe(false);
    },
  );
  withInputs({ 'include-run-artifacts': 'true' }, () => expect(readInputs().runArtifacts).toEqual(['**']));
});

test('mistakes are input errors that say what was expected', () => {
  const fails = (values: Record<string, string>, message: RegExp) => withInputs(values, () => expect(readInputs).toThrow(message));
  fails({ top: 'five' }, /^input top: expected a whole number of runs \(1 or more\), got "five"$/);
  fails({ direction: 'down' }, /^input direction: expected one of min, max, got "down"$/);
  fails({ baseline: 'tag:stage' }, /^input baseline "tag:stage": a tag baseline needs a key and a value/);
  fails({ 'fail-on-regression': 'val/rmse' }, /^input fail-on-regression "val\/rmse": expected <metric>:<tolerance>/);
  fails({ comment: 'yes' }, /^input comment: expected true or false, got "yes"$/);
  fails({ 'artifact-name': 'a/b' }, /^input artifact-name: "a\/b" cannot be used: it contains "\/"/);
  fails({ 'max-artifact-size': 'big' }, /^input max-artifact-size: expected a size such as 10MB/);
  fails({ 'max-runs': '0' }, /^input max-runs: expected a whole number of runs \(1 or more\), got "0"$/);
  withInputs({ 'max-runs': '10000' }, () => expect(readInputs().maxRuns).toBe(10_000));
  withInputs({ top: '0' }, () => expect(readInputs).toThrow(InputError));
  withInputs({ 'max-artifact-size': '1048576' }, () => expect(readInputs().maxArtifactSize).toBe(1048576));
  withInputs({ 'max-artifact-size': '1.5 GiB' }, () => expect(readInputs().maxArtifactSize).toBe(1.5 * 1024 ** 3));
  withInputs({ 'max-artifact-size': '10MB' }, () => expect(readInputs().maxArtifactSize).toBe(10e6));
});
