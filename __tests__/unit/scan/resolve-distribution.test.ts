import type { InterpreterMetadata } from '../../../shared/scan/interpreter-metadata.js';
import {
  importNamesOfDistribution,
  resolveDistribution,
  resolveImportNames,
} from '../../../shared/scan/resolve-distribution.js';

/** An environment as readInterpreterMetadata reports it. */
function interpreter(distributions: Record<string, string[]>): InterpreterMetadata {
  return {
    pythonVersion: '3.11.7',
    distributions: Object.entries(distributions).map(([name, importNames]) => ({
      name,
      normalized: name.toLowerCase().replace(/[-_.]+/g, '-'),
      version: '1.0',
      importNames,
    })),
  };
}

describe('resolveDistribution', () => {
  test('the bundled table, by the longest dotted prefix', () => {
    expect(resolveDistribution('sklearn.ensemble', {})).toEqual({ distributions: ['scikit-learn'], source: 'table' });
    expect(resolveDistribution('PIL.Image', {})).toEqual({ distributions: ['pillow'], source: 'table' });
    expect(resolveDistribution('google.protobuf.json_format', {})).toEqual({ distributions: ['protobuf'], source: 'table' });
    expect(resolveDistribution('google.cloud.storage.blob', {})).toEqual({
      distributions: ['google-cloud-storage'],
      source: 'table',
    });
    expect(resolveDistribution('cv2', {}).distributions).toEqual([
      'opencv-python',
      'opencv-python-headless',
      'opencv-contrib-python',
      'opencv-contrib-python-headless',
    ]);
  });

  test('a bare namespace lists every distribution that provides something under it', () => {
    const cloud = resolveDistribution('google.cloud', {});
    expect(cloud.source).toBe('table');
    expect(cloud.distributions).toEqual(expect.arrayContaining(['google-cloud-storage', 'google-cloud-bigquery', 'google-cloud-core']));
    expect(cloud.distributions).not.toContain('protobuf');
    expect(resolveDistribution('google', {}).distributions).toEqual(expect.arrayContaining(['protobuf', 'google-auth']));
  });

  test('falls back to a normalised guess, keeping one level below a known namespace', () => {
    expect(resolveDistribution('Some_Module.sub', {})).toEqual({ distributions: ['some-module'], source: 'guess' });
    expect(resolveDistribution('google.cloud.dataproc.types', {})).toEqual({
      distributions: ['google-cloud-dataproc'],
      source: 'guess',
    });
    expect(resolveDistribution('azure.storage.queue', {})).toEqual({ distributions: ['azure-storage-queue'], source: 'guess' });
  });

  test("the interpreter's metadata beats the table", () => {
    const env = interpreter({ 'opencv-python-headless': ['cv2'], 'PyYAML': ['_yaml', 'yaml'] });
    expect(resolveDistribution('cv2.dnn', { interpreter: env })).toEqual({
      distributions: ['opencv-python-headless'],
      source: 'interpreter',
    });
    expect(resolveDistribution('yaml', { interpreter: env })).toEqual({ distributions: ['pyyaml'], source: 'interpreter' });
    // Not installed there: the table answers.
    expect(resolveDistribution('sklearn', { interpreter: env })).toEqual({ distributions: ['scikit-learn'], source: 'table' });
  });

  test('the interpreter answers for modules the table has never heard of', () => {
    const env = interpreter({ 'internal-ml-utils': ['imlu'] });
    expect(resolveDistribution('imlu.features', { interpreter: env })).toEqual({
      distributions: ['internal-ml-utils'],
      source: 'interpreter',
    });
  });

  test('when old egg-info only says "google", the table picks among the installed claimants', () => {
    const env = interpreter({ protobuf: ['google'], 'google-auth': ['google'] });
    expect(resolveDistribution('google.protobuf.message', { interpreter: env })).toEqual({
      distributions: ['protobuf'],
      source: 'interpreter',
    });
    expect(resolveDistribution('google.auth.transport', { interpreter: env })).toEqual({
      distributions: ['google-auth'],
      source: 'interpreter',
    });
  });

  test('user overrides beat everything, by the longest prefix, with normalised values', () => {
    const env = interpreter({ 'opencv-python': ['cv2'] });
    const overrides = { cv2: 'My_OpenCV.Build', company: ['Company-Core'], 'company.ml': 'company-ml' };
    expect(resolveDistribution('cv2', { interpreter: env, overrides })).toEqual({
      distributions: ['my-opencv-build'],
      source: 'override',
    });
    expect(resolveDistribution('company.ml.models', { overrides })).toEqual({ distributions: ['company-ml'], source: 'override' });
    expect(resolveDistribution('company.data', { overrides })).toEqual({ distributions: ['company-core'], source: 'override' });
    // Modules the overrides do not mention go on down the chain.
    expect(resolveDistribution('cv2', { interpreter: env, overrides: { other: 'x' } }).source).toBe('interpreter');
  });
});

describe('resolveImportNames / importNamesOfDistribution', () => {
  test('the bundled table, whatever the spelling of the distribution', () => {
    expect(resolveImportNames('Scikit_Learn', {})).toEqual({ importNames: ['sklearn'], source: 'table' });
    expect(importNamesOfDistribution('PyYAML', {})).toEqual(['yaml']);
    expect(importNamesOfDistribution('google-cloud-pubsub', {})).toEqual(['google.cloud.pubsub', 'google.cloud.pubsub_v1']);
  });

  test('the interpreter beats the table; overrides beat both', () => {
    const env = interpreter({ 'scikit-learn': ['sklearn', '_sklearn_private'] });
    expect(resolveImportNames('scikit-learn', { interpreter: env })).toEqual({
      importNames: ['sklearn', '_sklearn_private'],
      source: 'interpreter',
    });
    const overrides = { sk: 'scikit-learn', sklearn_ext: 'Scikit-Learn' };
    expect(resolveImportNames('scikit-learn', { interpreter: env, overrides })).toEqual({
      importNames: ['sk', 'sklearn_ext'],
      source: 'override',
    });
  });

  test('an installed distribution without import names falls through to the table', () => {
    const env = interpreter({ PyYAML: [] });
    expect(resolveImportNames('pyyaml', { interpreter: env })).toEqual({ importNames: ['yaml'], source: 'table' });
  });

  test('unknown distributions get the conventional guess, the namespace portion, and the name without a build variant', () => {
    expect(resolveImportNames('My.Package-name', {})).toEqual({ importNames: ['my_package_name', 'my.package.name'], source: 'guess' });
    expect(resolveImportNames('somelib', {})).toEqual({ importNames: ['somelib'], source: 'guess' });
    expect(resolveImportNames('cupy-cuda110', {}).importNames).toEqual(['cupy_cuda110', 'cupy']);
    expect(resolveImportNames('nvidia-dali-cuda110', {}).importNames).toEqual(['nvidia_dali_cuda110', 'nvidia_dali', 'nvidia.dali']);
    expect(resolveImportNames('acme-vision', {}).importNames).toEqual(['acme_vision', 'acme.vision']);
  });
});
