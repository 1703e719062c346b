import { loadConfig } from '../../../shared/config/config.js';
import type { FileReader } from '../../../shared/env/model.js';

const files = (map: Record<string, string>): FileReader => ({ read: (p) => map[p] });

describe('loadConfig', () => {
  test('reads .github/ml-hub.yml', () => {
    const { config, diagnostics } = loadConfig(
      files({
        '.github/ml-hub.yml': [
          'exclude: ["scratch/**"]',
          'python: 3.10',
          'mapping:',
          '  cv2: opencv-python-headless',
          'ignore:',
          '  undeclared: [internal]',
          '  unused: gunicorn',
          'first-party: [wine_utils]',
          'fail-on: any',
          'requirements: {cpus: 8, memory: 32GB, gpu: 1, disk: "100 GiB", python: "3.11"}',
          'runners: [{label: gpu-box}]',
        ].join('\n'),
      }),
    );
    expect(diagnostics).toEqual([]);
    expect(config).toMatchObject({
      source: '.github/ml-hub.yml',
      exclude: ['scratch/**'],
      python: '3.1', // YAML reads 3.10 as a number: users must quote it, as with every YAML version number
      mapping: { cv2: ['opencv-python-headless'] },
      ignoreUndeclared: ['internal'],
      ignoreUnused: ['gunicorn'],
      firstParty: ['wine_utils'],
      failOn: 'any',
      requirements: { cpus: 8, memory: 32e9, gpu: 1, disk: 100 * 2 ** 30, python: '3.11' },
      extra: { runners: [{ label: 'gpu-box' }] },
    });
  });

  test('falls back to [tool.ml-hub] in pyproject.toml', () => {
    const { config, diagnostics } = loadConfig(
      files({ 'pyproject.toml': '[project]\nname = "x"\n\n[tool.ml-hub]\nfail-on = "never"\nexclude = ["a/**"]\n\n[tool.ml-hub.mapping]\nsklearn = "scikit-learn"\n' }),
    );
    expect(diagnostics).toEqual([]);
    expect(config).toMatchObject({ source: 'pyproject.toml', failOn: 'never', exclude: ['a/**'], mapping: { sklearn: ['scikit-learn'] } });
  });

  test('wrong types are diagnostics at the key line', () => {
    const { diagnostics } = loadConfig(files({ '.github/ml-hub.yml': 'exclude: ok\nfail-on: sometimes\nrequirements:\n  cpus: many\n' }));
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: '.github/ml-hub.yml', line: 2, message: 'fail-on: expected never, undeclared or any, got "sometimes"' }),
      expect.objectContaining({ file: '.github/ml-hub.yml', line: 4, message: 'requirements: cpus must be a whole number, got "many"' }),
    ]);
  });

  test('broken YAML is a syntax diagnostic with its line', () => {
    const { diagnostics } = loadConfig(files({ '.github/ml-hub.yml': 'exclude:\n  - a\n bad: [\n' }));
    expect(diagnostics[0]).toMatchObject({ code: 'config/syntax', file: '.github/ml-hub.yml', line: expect.any(Number) });
  });

  test('an explicit file that does not exist is an error; no file at all means defaults', () => {
    expect(loadConfig(files({}), 'ml-hub.yml').diagnostics[0]).toMatchObject({ code: 'config/missing', file: 'ml-hub.yml' });
    const { config } = loadConfig(files({}));
    expect(config.exclude).toEqual([]);
    expect(config.failOn).toBeUndefined();
    expect(config.source).toBeUndefined();
  });
});

