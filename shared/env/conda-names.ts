// Conda and PyPI name the same software differently (`pytorch` is `torch`, `py-xgboost` is `xgboost`), and many conda
// packages are not Python at all (`cudatoolkit`, `libopencv`). This table says which, for the packages ML projects
// use; everything else follows conda-forge's naming rule: a Python package keeps its PyPI name, lower-cased.
//
// Where each entry comes from — nothing here is inferred from a name's look:
//   [G]  conda's recipe generator grayskull, grayskull/strategy/config.yaml (PyPI name → conda-forge name).
//   [B]  the conda-forge bot's mapping, regro/cf-graph-countyfair mappings/pypi/name_mapping.yaml (built from each
//        feedstock's PyPI source URL and `test: imports`).
//   [F:x] the outputs of conda-forge's `x` feedstock recipe (multi-output feedstocks: a native library, the Python
//        package, metapackages), which build from a git source and so are not in [B]:
//        pytorch-cpu → libtorch, pytorch, pytorch-cpu, pytorch-gpu; xgboost → libxgboost, py-xgboost, r-xgboost,
//        xgboost; lightgbm → liblightgbm, lightgbm (there is no `py-lightgbm` on conda-forge or defaults, so it is
//        not listed); opencv → libopencv, py-opencv, opencv (also installs opencv-python-headless metadata);
//        protobuf → libprotobuf, protobuf; matplotlib → matplotlib-base, matplotlib; faiss-split → libfaiss,
//        faiss-cpu, faiss-gpu; tensorflow → libtensorflow, libtensorflow_cc, tensorflow-base, tensorflow-cpu,
//        tensorflow-gpu, tensorflow; dask → dask-core, dask; python-tzdata (the `tzdata` PyPI package; conda's
//        `tzdata` is the IANA time-zone database).
//   [P]  the `pytorch` and `nvidia` channels: pytorch-cuda, pytorch-mutex, cpuonly are metapackages selecting CUDA
//        builds; cuda-* are NVIDIA's CUDA toolkit split packages.
//   [S]  the conda-forge feedstock is named as on PyPI (listed because ML projects use it, so that both directions
//        answer from the table rather than from the rule).
// A PyPI name of `null` marks a conda package with no PyPI counterpart: a native library, a tool, an interpreter.

import type { Dependency } from './model.js';
import { normalizeName } from './pep508.js';

interface NameEntry {
  conda: string;
  /** PEP 503-normalised PyPI name; null when the package is not a Python distribution. */
  pypi: string | null;
}

const entry = (conda: string, pypi: string | null): NameEntry => ({ conda, pypi });

/**
 * Order matters for pypiToConda: the first conda name listed for a PyPI name is the one to write in an environment
 * file (the Python package or the metapackage users install, not the library split out of it).
 */
const table: readonly NameEntry[] = [
  // Deep learning frameworks.
  entry('pytorch', 'torch'), // [G] [F:pytorch-cpu]
  entry('pytorch-gpu', 'torch'), // [F:pytorch-cpu]
  entry('pytorch-cpu', 'torch'), // [F:pytorch-cpu]
  entry('libtorch', null), // [F:pytorch-cpu]
  entry('pytorch-cuda', null), // [P]
  entry('pytorch-mutex', null), // [P]
  entry('cpuonly', null), // [P]
  entry('pytorch_geometric', 'torch-geometric'), // [G]
  entry('torchvision', 'torchvision'), // [S]
  entry('torchaudio', 'torchaudio'), // [S]
  entry('torchmetrics', 'torchmetrics'), // [S]
  entry('pytorch-lightning', 'pytorch-lightning'), // [S]
  entry('lightning', 'lightning'), // [S]
  entry('tensorflow', 'tensorflow'), // [F:tensorflow]
  entry('tensorflow-base', 'tensorflow'), // [F:tensorflow]
  entry('tensorflow-gpu', 'tensorflow'), // [F:tensorflow] metapackage: installs the `tensorflow` distribution
  entry('tensorflow-cpu', 'tensorflow'), // [F:tensorflow] metapackage
  entry('libtensorflow', null), // [F:tensorflow]
  entry('libtensorflow_cc', null), // [F:tensorflow]
  entry('tensorboard', 'tensorboard'), // [S]
  entry('tensorflow-estimator', 'tensorflow-estimator'), // [S]
  entry('tensorflow-probability', 'tensorflow-probability'), // [S]
  entry('tensorflow-datasets', 'tensorflow-datasets'), // [S]
  entry('tensorflow-hub', 'tensorflow-hub'), // [S]
  entry('keras', 'keras'), // [S]
  entry('jax', 'jax'), // [S]
  entry('jaxlib', 'jaxlib'), // [S]
  entry('flax', 'flax'), // [S]
  entry('optax', 'optax'), // [S]
  entry('onnx', 'onnx'), // [S]
  entry('onnxruntime', 'onnxruntime'), // [S]
  entry('transformers', 'transformers'), // [S]
  entry('tokenizers', 'tokenizers'), // [S]
  entry('datasets', 'datasets'), // [S]
  entry('huggingface_hub', 'huggingface-hub'), // [S]
  entry('safetensors', 'safetensors'), // [S]
  entry('accelerate', 'accelerate'), // [B]
  entry('sentence-transformers', 'sentence-transformers'), // [S]
  entry('absl-py', 'absl-py'), // [B] imported as `absl`
  entry('flatbuffers', null), // [F:flatbuffers] the C++ library; the Python one is python-flatbuffers
  entry('python-flatbuffers', 'flatbuffers'), // [G]
  // Gradient boosting and classic ML.
  entry('py-xgboost', 'xgboost'), // [F:xgboost]
  entry('xgboost', 'xgboost'), // [F:xgboost] metapackage
  entry('libxgboost', null), // [F:xgboost]
  entry('lightgbm', 'lightgbm'), // [F:lightgbm]
  entry('liblightgbm', null), // [F:lightgbm]
  entry('catboost', 'catboost'), // [S]
  entry('scikit-learn', 'scikit-learn'), // [G] imported as `sklearn`
  entry('scikit-image', 'scikit-image'), // [S] imported as `skimage`
  entry('scikit-build', 'scikit-build'), // [G]
  entry('boruta_py', 'boruta'), // [G]
  entry('h2o-py', 'h2o'), // [G]
  entry('statsmodels', 'statsmodels'), // [S]
  entry('optuna', 'optuna'), // [S]
  entry('hyperopt', 'hyperopt'), // [S]
  entry('faiss-cpu', 'faiss-cpu'), // [F:faiss-split]
  entry('faiss-gpu', 'faiss-gpu'), // [F:faiss-split]
  entry('libfaiss', null), // [F:faiss-split]
  entry('python-annoy', 'annoy'), // [G]
  // Computer vision, audio.
  entry('opencv', 'opencv-python'), // [G] [F:opencv]
  entry('py-opencv', 'opencv-python'), // [F:opencv]
  entry('libopencv', null), // [F:opencv]
  entry('pillow', 'pillow'), // [S] imported as `PIL`
  entry('imageio', 'imageio'), // [S]
  entry('pysoundfile', 'soundfile'), // [G]
  entry('python-sounddevice', 'sounddevice'), // [G]
  entry('librosa', 'librosa'), // [S] a Python package despite the `lib` prefix
  entry('ffmpeg', null), // [S] the ffmpeg programs and libraries
  // Scientific Python core.
  entry('numpy', 'numpy'), // [S]
  entry('scipy', 'scipy'), // [S]
  entry('pandas', 'pandas'), // [S]
  entry('polars', 'polars'), // [S]
  entry('pyarrow', 'pyarrow'), // [S]
  entry('libarrow', null), // [F:arrow-cpp]
  entry('arrow-cpp', null), // [F:arrow-cpp]
  entry('numba', 'numba'), // [S]
  entry('llvmlite', 'llvmlite'), // [S]
  entry('cython', 'cython'), // [S]
  entry('sympy', 'sympy'), // [S]
  entry('networkx', 'networkx'), // [S]
  entry('xarray', 'xarray'), // [S]
  entry('h5py', 'h5py'), // [S]
  entry('hdf5', null), // [S] the HDF5 C library
  entry('pytables', 'tables'), // [G] imported as `tables`
  entry('netcdf4', 'netcdf4'), // [S]
  entry('libnetcdf', null), // [S]
  entry('dask', 'dask'), // [F:dask] metapackage with distributed, bokeh
  entry('dask-core', 'dask'), // [G] [F:dask]
  entry('distributed', 'distributed'), // [S]
  entry('mkl-service', 'mkl-service'), // [S] imported as `mkl`
  entry('mkl_fft', 'mkl-fft'), // [S]
  entry('mkl_random', 'mkl-random'), // [S]
  entry('mkl', null), // [S] Intel's math library
  // Plotting and notebooks.
  entry('matplotlib', 'matplotlib'), // [F:matplotlib] metapackage with a Qt backend
  entry('matplotlib-base', 'matplotlib'), // [G] [F:matplotlib]
  entry('seaborn', 'seaborn'), // [S]
  entry('plotly', 'plotly'), // [S]
  entry('python-kaleido', 'kaleido'), // [G]
  entry('bokeh', 'bokeh'), // [S]
  entry('python-graphviz', 'graphviz'), // [G]
  entry('py-graphviz', 'graphviz'), // [B]
  entry('graphviz', null), // [S] the Graphviz programs (`dot`)
  entry('pydot', 'pydot'), // [S]
  entry('pyqt', 'pyqt5'), // [G] conda-forge's pyqt is the Qt 5 binding
  entry('jupyter', 'jupyter'), // [S]
  entry('jupyterlab', 'jupyterlab'), // [S]
  entry('notebook', 'notebook'), // [S]
  entry('ipykernel', 'ipykernel'), // [S]
  entry('ipython', 'ipython'), // [S]
  entry('ipywidgets', 'ipywidgets'), // [S]
  entry('pyct-core', 'pyct'), // [G]
  // Experiment tracking and serving.
  entry('mlflow', 'mlflow'), // [S]
  entry('mlflow-skinny', 'mlflow-skinny'), // [S]
  entry('wandb', 'wandb'), // [S]
  entry('tensorboardx', 'tensorboardx'), // [S]
  entry('docker-py', 'docker'), // [G]
  entry('python-kubernetes', 'kubernetes'), // [G]
  entry('redis-py', 'redis'), // [G]
  entry('python-confluent-kafka', 'confluent-kafka'), // [G]
  entry('python-hdfs', 'hdfs'), // [G]
  entry('nvidia-ml', 'nvidia-ml-py3'), // [G] imported as `pynvml`
  // Common utilities whose conda name is spelt differently from PyPI.
  entry('pyyaml', 'pyyaml'), // [S] imported as `yaml`
  entry('ruamel.yaml', 'ruamel-yaml'), // [S]
  entry('ruamel.yaml.clib', 'ruamel-yaml-clib'), // [S]
  entry('python-dateutil', 'python-dateutil'), // [S] imported as `dateutil`
  entry('msgpack-python', 'msgpack'), // [G]
  entry('typing_extensions', 'typing-extensions'), // [S]
  entry('typing-extensions', 'typing-extensions'), // [S] metapackage
  entry('protobuf', 'protobuf'), // [F:protobuf] imported as `google.protobuf`
  entry('libprotobuf', null), // [F:protobuf]
  entry('python-xxhash', 'xxhash'), // [G]
  entry('xxhash', null), // [F:xxhash] the C library python-xxhash links
  entry('python-symengine', 'symengine'), // [G]
  entry('python-fastjsonschema', 'fastjsonschema'), // [G]
  entry('python-installer', 'installer'), // [G]
  entry('python-tzdata', 'tzdata'), // [F:python-tzdata]
  entry('tzdata', null), // [F:python-tzdata] the IANA database itself
  entry('setuptools-scm', 'setuptools-scm'), // [G]
  entry('pywin32-on-windows', 'pywin32'), // [G]
  entry('py-cpuinfo', 'py-cpuinfo'), // [B] imported as `cpuinfo`
  entry('psycopg2', 'psycopg2'), // [B] also provides what psycopg2-binary provides
  entry('beautifulsoup4', 'beautifulsoup4'), // [S] imported as `bs4`
  entry('pip', 'pip'), // [S]
  entry('setuptools', 'setuptools'), // [S]
  entry('wheel', 'wheel'), // [S]
  // Interpreters, toolchains and native runtime libraries.
  entry('python', null),
  entry('python_abi', null),
  entry('cudatoolkit', null), // [P]
  entry('cudnn', null), // [P]
  entry('nccl', null), // [P]
  entry('nodejs', null),
  entry('openjdk', null),
  entry('r-base', null),
  entry('git', null),
  entry('cmake', null),
  entry('openssl', null),
  entry('ca-certificates', null),
  entry('zlib', null),
  entry('sqlite', null),
  entry('intel-openmp', null),
  entry('llvm-openmp', null),
  entry('openblas', null),
  entry('blas', null),
  entry('nomkl', null), // [F:pytorch-cpu] metapackage selecting non-MKL builds
];

const byConda = new Map(table.map((e) => [e.conda, e]));
/** PyPI names that conda-forge packages under a name the rule would not give. */
const pypiAliases: ReadonlyMap<string, string> = new Map([
  ['opencv-python-headless', 'opencv'], // [F:opencv] installs its metadata too
  ['psycopg2-binary', 'psycopg2'], // [B]
]);
const byPypi = new Map<string, string>();
for (const e of table) if (e.pypi !== null && !byPypi.has(e.pypi)) byPypi.set(e.pypi, e.conda);
for (const [pypi, conda] of pypiAliases) if (!byPypi.has(pypi)) byPypi.set(pypi, conda);

/** Names no Python distribution uses: toolchain activations (`gcc_linux-64`), R, CUDA, fonts, X11, MSYS2, … */
const nonPythonPatterns: readonly RegExp[] = [
  /^cuda-/, // [P] NVIDIA's split CUDA toolkit
  /^r-/, // R packages on conda-forge
  /^_/, // conda-forge internals: _libgcc_mutex, _openmp_mutex, _py-xgboost-mutex
  /^(font|fonts|xorg|perl|ocaml|m2|m2w64|msys2)-/,
  /^(gcc|gxx|gfortran|clang|clangxx|sysroot|kernel-headers|ld_impl)_/,
  /_(linux|osx|win)-[a-z0-9]+$/, // compiler and sysroot activation packages
  /-(devel|dev)$/, // headers and link libraries split off a native package
];

/** Native libraries are `lib…`; the few Python packages named so are in the table (librosa). */
const nativeLibrary = /^lib/;

function lower(name: string): string {
  return name.trim().toLowerCase();
}

function normalizePypi(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[-_.]+/g, '-');
}

const validName = /^[a-z0-9][a-z0-9_.+-]*$/;

/**
 * Whether a conda package is something other than a Python distribution (the interpreter, CUDA, R, compilers,
 * native libraries): such a package is never "unused" because no `import` names it.
 */
export function isNonPythonCondaPackage(condaName: string): boolean {
  const name = lower(condaName);
  const known = byConda.get(name);
  if (known) return known.pypi === null;
  return nativeLibrary.test(name) || nonPythonPatterns.some((p) => p.test(name));
}

/**
 * The PyPI distribution (PEP 503-normalised) a conda package installs: from the table, else the same name
 * (conda-forge's rule). Undefined for packages that are not Python distributions, and for names no package has.
 */
export function condaToPypi(condaName: string): string | undefined {
  const name = lower(condaName);
  if (!validName.test(name)) return undefined;
  const known = byConda.get(name);
  if (known) return known.pypi ?? undefined;
  if (isNonPythonCondaPackage(name)) return undefined;
  return normalizePypi(name);
}

/**
 * The conda package to write for a PyPI distribution: from the table (`torch` → `pytorch`), else the PEP 503 name
 * (conda-forge's rule). Undefined for names no package has.
 */
export function pypiToConda(pypiName: string): string | undefined {
  const name = normalizePypi(pypiName);
  if (!validName.test(name)) return undefined;
  return byPypi.get(name) ?? name;
}

/** Every conda name the table knows, for tests and documentation. */
export function knownCondaNames(): string[] {
  return table.map((e) => e.conda);
}

/** The PyPI name a dependency stands for: its own for a PyPI one, the mapped one for a conda package. */
export function pypiNameOf(d: Dependency): string {
  return d.ecosystem === 'pypi' ? d.normalized : normalizeName(condaToPypi(d.normalized) ?? d.normalized);
}
