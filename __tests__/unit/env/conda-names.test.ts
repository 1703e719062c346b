import {
  condaToPypi,
  isNonPythonCondaPackage,
  knownCondaNames,
  pypiToConda,
} from '../../../shared/env/conda-names.js';

test('the bundled table covers at least 120 conda names, each once', () => {
  const names = knownCondaNames();
  expect(names.length).toBeGreaterThanOrEqual(120);
  expect(new Set(names).size).toBe(names.length);
});

test.each<[string, string | undefined]>([
  ['pytorch', 'torch'],
  ['pyTorch', 'torch'],
  ['pytorch-gpu', 'torch'],
  ['py-xgboost', 'xgboost'],
  ['xgboost', 'xgboost'],
  ['lightgbm', 'lightgbm'],
  ['opencv', 'opencv-python'],
  ['py-opencv', 'opencv-python'],
  ['tensorflow-gpu', 'tensorflow'],
  ['scikit-learn', 'scikit-learn'],
  ['matplotlib-base', 'matplotlib'],
  ['pillow', 'pillow'],
  ['pyyaml', 'pyyaml'],
  ['python-dateutil', 'python-dateutil'],
  ['msgpack-python', 'msgpack'],
  ['typing_extensions', 'typing-extensions'],
  ['pytables', 'tables'],
  ['protobuf', 'protobuf'],
  ['ruamel.yaml', 'ruamel-yaml'],
  ['dask-core', 'dask'],
  ['python-graphviz', 'graphviz'],
  ['python-tzdata', 'tzdata'],
  ['huggingface_hub', 'huggingface-hub'],
  // Not in the table: conda-forge names Python packages as PyPI does.
  ['requests', 'requests'],
  ['Jinja2', 'jinja2'],
  ['zope.interface', 'zope-interface'],
  // No PyPI counterpart.
  ['libopencv', undefined],
  ['libprotobuf', undefined],
  ['pytorch-cuda', undefined],
  ['graphviz', undefined],
  ['tzdata', undefined],
  ['cudatoolkit', undefined],
  ['cuda-nvcc', undefined],
  ['python', undefined],
  ['r-ggplot2', undefined],
  ['libgdal', undefined],
  ['gcc_linux-64', undefined],
  ['', undefined],
  ['not a name', undefined],
])('condaToPypi(%j) = %j', (conda, pypi) => {
  expect(condaToPypi(conda)).toBe(pypi);
});

test.each<[string, string | undefined]>([
  ['torch', 'pytorch'],
  ['xgboost', 'py-xgboost'],
  ['opencv-python', 'opencv'],
  ['opencv-python-headless', 'opencv'],
  ['tables', 'pytables'],
  ['msgpack', 'msgpack-python'],
  ['matplotlib', 'matplotlib'],
  ['graphviz', 'python-graphviz'],
  ['tensorflow', 'tensorflow'],
  ['dask', 'dask'],
  ['typing_extensions', 'typing_extensions'],
  ['Typing-Extensions', 'typing_extensions'],
  ['ruamel.yaml', 'ruamel.yaml'],
  ['tzdata', 'python-tzdata'],
  ['huggingface-hub', 'huggingface_hub'],
  ['requests', 'requests'],
  ['Flask_SQLAlchemy', 'flask-sqlalchemy'],
  ['', undefined],
  ['with space', undefined],
])('pypiToConda(%j) = %j', (pypi, conda) => {
  expect(pypiToConda(pypi)).toBe(conda);
});

test.each<[string, boolean]>([
  ['python', true],
  ['cudatoolkit', true],
  ['cuda-version', true],
  ['cuda-nvcc', true],
  ['cudnn', true],
  ['r-base', true],
  ['r-tidyverse', true],
  ['nodejs', true],
  ['mkl', true],
  ['mkl-devel', true],
  ['libblas', true],
  ['libgcc-ng', true],
  ['libopencv', true],
  ['_openmp_mutex', true],
  ['ld_impl_linux-64', true],
  ['sysroot_linux-64', true],
  ['font-ttf-dejavu-sans-mono', true],
  ['xorg-libx11', true],
  ['pytorch-cuda', true],
  ['graphviz', true],
  ['ffmpeg', true],
  // Python packages, including those whose names look native.
  ['librosa', false],
  ['mkl-service', false],
  ['numpy', false],
  ['pytorch', false],
  ['python-graphviz', false],
  ['requests', false],
])('isNonPythonCondaPackage(%j) = %s', (name, expected) => {
  expect(isNonPythonCondaPackage(name)).toBe(expected);
});

test('both directions agree: the conda name for a PyPI name installs that PyPI name', () => {
  for (const conda of knownCondaNames()) {
    const pypi = condaToPypi(conda);
    if (pypi === undefined) {
      expect(isNonPythonCondaPackage(conda)).toBe(true);
      continue;
    }
    expect(condaToPypi(pypiToConda(pypi)!)).toBe(pypi);
  }
});
