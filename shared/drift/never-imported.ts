// Distributions people declare on purpose although no code imports them: build tools, notebook servers, command-line
// servers, plugins and stub packages, and engines that libraries load by name (pandas' Excel and Parquet engines).
// They are never reported as unused. Developer tools (linters, formatters, task runners) are different: they are used
// when something runs or configures them (see DEV_TOOLS).

const exact = new Set([
  'pip', 'setuptools', 'wheel', 'build', 'twine', 'poetry', 'poetry-core', 'pip-tools', 'uv', 'hatch', 'hatchling', 'flit', 'flit-core',
  'setuptools-scm', 'cython', 'pybind11', 'scikit-build', 'scikit-build-core', 'meson-python', 'pdm', 'pdm-backend', 'maturin',
  'pytest', 'hypothesis', 'nbval', 'nbmake', 'coverage',
  'jupyter', 'jupyterlab', 'notebook', 'nbclassic', 'ipykernel', 'ipython', 'ipywidgets', 'widgetsnbextension', 'jupyterlab-widgets',
  'nbconvert', 'nbformat', 'jupytext', 'papermill', 'voila', 'nb-conda-kernels', 'nbdev',
  'sphinx', 'mkdocs', 'mkdocs-material', 'furo', 'myst-parser',
  'gunicorn', 'uvicorn', 'waitress', 'supervisor',
  'mlflow-skinny', 'dvc',
  // Tools of a conda recipe (`conda build recipe/`).
  'conda-build', 'conda-verify', 'boa',
  'openpyxl', 'xlrd', 'xlsxwriter', 'odfpy', 'pyarrow', 'fastparquet', 'tables', 'lxml', 'html5lib',
]);

const prefixes = ['pytest-', 'flake8-', 'types-', 'sphinx-', 'sphinxcontrib-', 'mkdocs-', 'jupyterlab-', 'nvidia-', 'mypy-'];
const suffixes = ['-stubs', '-sphinx-theme'];

export function neverImported(normalizedName: string): boolean {
  return exact.has(normalizedName) || prefixes.some((p) => normalizedName.startsWith(p)) || suffixes.some((s) => normalizedName.endsWith(s));
}

/**
 * Developer tools: used when a workflow, Makefile, tox/nox session, pre-commit hook or script runs them, or a
 * configuration section or file (`[tool.black]`, `[flake8]`, `.pylintrc`, `mypy.ini`, `tasks.py`) configures them.
 * Declared and neither run nor configured, they are unused.
 */
export const DEV_TOOLS = new Set([
  'black', 'ruff', 'flake8', 'pylint', 'mypy', 'isort', 'autopep8', 'yapf', 'pre-commit', 'bandit', 'pyright', 'codespell', 'pydocstyle',
  'pycodestyle', 'pyflakes', 'autoflake', 'pyupgrade', 'docformatter', 'darglint', 'vulture', 'radon', 'interrogate', 'mdformat',
  'blacken-docs', 'nbqa', 'nbstripout', 'tox', 'nox', 'invoke', 'commitizen',
]);

/** Configuration files that name the tool they configure in a way the file name alone does not show. */
export const TOOL_CONFIG_FILES: Readonly<Record<string, string>> = {
  'tasks.py': 'invoke',
  'noxfile.py': 'nox',
  '.pre-commit-config.yaml': 'pre-commit',
  '.pre-commit-config.yml': 'pre-commit',
  'pyrightconfig.json': 'pyright',
  '.style.yapf': 'yapf',
  '.coveragerc': 'coverage',
};

/**
 * Packages that a library loads by name at run time without declaring them (an extra, or "install it yourself"), so
 * a project that uses the library declares them: `transformers` loads `accelerate` for `device_map=`, `bitsandbytes`
 * for `load_in_8bit=`, `sentencepiece` for Llama's tokenizer. Keyed by the library's distribution; a companion is used
 * when the library is.
 */
export const COMPANIONS: Readonly<Record<string, readonly string[]>> = {
  // jmespath: response parsing of chat templates with tools; num2words: SmolVLM's processor.
  // The quantization backends `quantization_config=` loads (AQLM, EETQ, GPTQ, HQQ, AWQ, quanto, torchao, …).
  transformers: [
    'accelerate', 'bitsandbytes', 'sentencepiece', 'protobuf', 'tokenizers', 'safetensors', 'tiktoken', 'einops', 'optimum', 'flash-attn', 'timm',
    'torchvision', 'jmespath', 'num2words', 'aqlm', 'eetq', 'gptqmodel', 'auto-gptq', 'autoawq', 'hqq', 'optimum-quanto', 'torchao',
    'compressed-tensors', 'vptq', 'fbgemm-gpu', 'kernels', 'mamba-ssm', 'causal-conv1d',
    // VitsTokenizer's phonemes (text-to-speech); the Moses tokenizer of Transformer-XL, XLM and FlauBERT.
    'phonemizer', 'sacremoses',
    // The slow CLIPTokenizer (`use_fast=False`) cleans text with ftfy when it is installed.
    'ftfy',
    // Optimizers and kernels TrainingArguments loads by name (`optim="galore_adamw"`, `"lomo"`, `"schedule_free_adamw"`,
    // `"apollo_adamw"`, `"grokadamw"`, `use_liger_kernel=True`).
    'galore-torch', 'lomo-optim', 'schedulefree', 'apollo-torch', 'grokadamw', 'liger-kernel',
    // Its own install_requires, pinned by projects that use it (MiniGPT-4's `huggingface-hub==0.18.0`, `regex==…`).
    'huggingface-hub', 'regex', 'filelock', 'pyyaml', 'packaging', 'requests', 'tqdm', 'numpy',
  ],
  // Its own install_requires, pinned by projects that use it.
  accelerate: ['psutil', 'huggingface-hub', 'safetensors', 'pyyaml', 'packaging', 'numpy'],
  'sentence-transformers': ['transformers', 'huggingface-hub', 'scikit-learn', 'scipy', 'pillow', 'tqdm'],
  timm: ['huggingface-hub', 'safetensors', 'pyyaml', 'torchvision'],
  // lm-eval's tasks load these by name: its `ifeval` extra (langdetect, immutabledict, nltk) and `math` extra.
  'lm-eval': ['langdetect', 'immutabledict', 'nltk', 'sympy', 'antlr4-python3-runtime', 'math-verify'],
  // `HF_HUB_ENABLE_HF_TRANSFER=1` downloads through hf_transfer (see SWITCHED_COMPANIONS); Xet storage through hf_xet.
  'huggingface-hub': ['hf-transfer', 'hf-xet'],
  // `onnxruntime.quantization` imports onnx, which the onnxruntime wheel does not depend on.
  onnxruntime: ['onnx'],
  'onnxruntime-gpu': ['onnx'],
  // With their own install_requires (pins of them are uses too).
  diffusers: ['accelerate', 'transformers', 'safetensors', 'xformers', 'peft', 'huggingface-hub', 'regex', 'filelock', 'importlib-metadata', 'pillow', 'requests', 'numpy'],
  peft: ['accelerate', 'bitsandbytes', 'transformers', 'psutil', 'huggingface-hub', 'safetensors', 'tqdm', 'pyyaml', 'packaging', 'numpy'],
  'pytorch-lightning': ['test-tube', 'torchmetrics', 'tensorboard', 'tensorboardx', 'hydra-core', 'omegaconf', 'jsonargparse'],
  lightning: ['torchmetrics', 'tensorboard', 'tensorboardx', 'jsonargparse', 'hydra-core', 'omegaconf'],
  // ninja builds `torch.utils.cpp_extension` extensions.
  // opt_einsum orders `torch.einsum` contractions of three or more operands; onnxscript is what `torch.onnx.export` writes with.
  torch: ['expecttest', 'sympy', 'mpmath', 'networkx', 'filelock', 'fsspec', 'triton', 'typing-extensions', 'setuptools', 'ninja', 'opt-einsum', 'onnxscript'],
  tiktoken: ['blobfile'],
  // fsspec's HTTP filesystem (`fsspec.open("https://…")`) runs on aiohttp.
  fsspec: ['aiohttp', 's3fs', 'gcsfs'],
  // torchvision's LSUN dataset reads LMDB databases; torchtext's datasets are built on torchdata and lock their
  // download cache with portalocker.
  torchvision: ['lmdb', 'pillow', 'numpy'],
  torchtext: ['torchdata', 'portalocker'],
  twine: ['pkginfo', 'readme-renderer'],
  // peft's setup.py: `# doc-builder has an implicit dependency on requests`.
  'hf-doc-builder': ['requests'],
  tensorflow: ['keras', 'tf-keras', 'tensorboard', 'tensorboard-plugin-profile', 'tensorflow-io-gcs-filesystem', 'h5py'],
  keras: ['h5py', 'pydot'],
  fvcore: ['yacs', 'iopath'],
  detectron2: ['fvcore', 'iopath', 'yacs', 'pycocotools'],
  // (recommonmark is an extension: used where conf.py lists it, like any other.)
  sphinx: ['docutils', 'jinja2', 'pygments', 'babel', 'alabaster', 'imagesize', 'snowballstemmer', 'markupsafe', 'pandoc', 'commonmark'],
  // nbsphinx converts notebooks with nbconvert, whose HTML sanitiser is lxml's `lxml.html.clean` (lxml-html-clean since lxml 5.2).
  nbsphinx: ['pandoc', 'nbconvert', 'lxml-html-clean'],
  nbconvert: ['lxml-html-clean', 'pandoc'],
  lxml: ['lxml-html-clean'],
  // papermill's own retrying of kernel starts (projects pin it beside papermill).
  papermill: ['tenacity', 'nbclient', 'ansicolors', 'entrypoints'],
  // libcloud's local storage driver locks with fasteners; the Jupyter stack's own traitlets, pinned beside it.
  'apache-libcloud': ['fasteners'],
  ipython: ['traitlets'],
  ipykernel: ['traitlets'],
  jupyter: ['traitlets'],
  // nbdev formats exported code with black (`black_formatting = True`) and renders docs through processor plugins
  // named in settings (`procs = nbdev_plotly.plotly:PlotlyProc`).
  nbdev: ['black', 'nbdev-plotly'],
  // utilsforecast's plotting engines (`plot(engine="plotly-resampler")`).
  utilsforecast: ['matplotlib', 'plotly', 'plotly-resampler'],
  // `optuna.integration.X` is loaded from optuna-integration on first access.
  optuna: ['optuna-integration'],
  // Ray Tune's searchers load their backends by name (`tune.create_searcher("hebo")`, TuneBOHB → hpbandster, ConfigSpace).
  ray: [
    'hyperopt', 'optuna', 'bayesian-optimization', 'ax-platform', 'hebo', 'zoopt', 'flaml', 'hpbandster', 'configspace', 'nevergrad',
    'scikit-optimize', 'dragonfly-opt', 'tensorboardx', 'pyarrow', 'pandas', 'cloudpickle', 'pydantic',
    // RLlib compresses sample batches with lz4; protobuf pins bound ray's own (statsforecast's ray extra).
    'lz4', 'protobuf',
  ],
  pandas: ['openpyxl', 'xlrd', 'pyarrow', 'fastparquet', 'tables', 'sqlalchemy', 'tabulate', 'jinja2', 'numexpr', 'bottleneck'],
  // With its own install_requires (lerobot: `contourpy` listed "to help the resolver").
  matplotlib: ['pyqt5', 'pyqt6', 'tk', 'pillow', 'contourpy', 'cycler', 'fonttools', 'kiwisolver', 'pyparsing', 'python-dateutil', 'numpy', 'packaging'],
  // sphinx-gallery draws the examples' figures with matplotlib (its default image scraper).
  'sphinx-gallery': ['matplotlib', 'pillow'],
  datasets: ['soundfile', 'librosa', 'pillow', 'zstandard', 'huggingface-hub', 'pyarrow', 'dill', 'multiprocess', 'xxhash', 'fsspec', 'aiohttp', 'pandas', 'requests', 'tqdm', 'filelock', 'pyyaml', 'numpy'],
  mlflow: ['boto3', 'azure-storage-blob', 'google-cloud-storage', 'pysftp', 'virtualenv', 'cloudpickle'],
  'mlflow-skinny': ['cloudpickle'],
  dask: ['cloudpickle', 'distributed'],
  pyspark: ['cloudpickle', 'pyarrow'],
  // `Table.to_pandas()` / `read_pandas()` convert through pandas, which pyarrow does not depend on.
  pyarrow: ['pandas'],
  // hyperopt 0.2.x imports `future`'s Python 2 shims without declaring them for every Python.
  hyperopt: ['cloudpickle', 'future'],
  imageio: ['imageio-ffmpeg', 'av', 'tifffile'],
  'scikit-image': ['imageio', 'tifffile', 'pooch'],
  streamlit: ['watchdog'],
  uvicorn: ['uvloop', 'httptools', 'websockets'],
  // `fastapi.testclient` / `starlette.testclient.TestClient` run requests through httpx.
  fastapi: ['uvicorn', 'python-multipart', 'jinja2', 'email-validator', 'pydantic', 'httpx'],
  starlette: ['httpx'],
  // litserve serves on uvicorn[standard], whose event loop is uvloop off Windows (litgpt pins it for that).
  litserve: ['fastapi', 'uvicorn', 'uvloop'],
  // Pins of gradio's own client and HTTP stack (LLaVA: `gradio==4.16.0`, `gradio_client==0.8.1`, `httpx==0.24.0`).
  gradio: ['gradio-client', 'httpx'],
  // Environments gymnasium loads by name (`gym.make("LunarLander-v2")` needs box2d-py, built with swig).
  gymnasium: ['box2d-py', 'swig', 'pygame', 'pygame-ce', 'ale-py', 'autorom', 'mujoco', 'moviepy'],
  gym: ['box2d-py', 'swig', 'pygame', 'pygame-ce', 'ale-py', 'autorom', 'mujoco', 'moviepy', 'atari-py'],
  // `from tqdm.rich import tqdm` draws with rich.
  tqdm: ['rich', 'ipywidgets'],
  tensorboard: ['tensorboard-plugin-profile', 'tensorboard-data-server'],
  // plotly's `write_image` / `to_image` export through kaleido.
  plotly: ['kaleido', 'pandas'],
  seaborn: ['scipy', 'statsmodels'],
  // Pins of a library's own dependencies, declared to bound their versions (diffusers: `# librosa pulls in
  // numba/llvmlite; pin to versions that support Python 3.10+`; `urllib3<=2.0.0` under requests).
  librosa: ['numba', 'llvmlite', 'soundfile', 'audioread', 'soxr'],
  requests: ['urllib3', 'charset-normalizer', 'idna', 'certifi', 'chardet'],
  'scikit-learn': ['threadpoolctl', 'joblib'],
};

/**
 * Companions a library loads only when an environment variable asks for it: used with the library only where the
 * project sets that variable (a Python file's `os.environ[…] = …`, or the name in a workflow, script, Makefile or
 * Dockerfile); otherwise the declaration is dead weight (huggingface-hub downloads through hf_transfer only under
 * `HF_HUB_ENABLE_HF_TRANSFER=1`).
 */
export const SWITCHED_COMPANIONS: Readonly<Record<string, string>> = {
  'hf-transfer': 'HF_HUB_ENABLE_HF_TRANSFER',
};

/**
 * Modules a library's submodule loads (a narrower companion: only code importing that submodule uses them).
 * TensorBoard is used where something writes its logs (`torch.utils.tensorboard`, Keras' callback), runs its CLI or
 * names it as a tracker (`report_to="tensorboard"`, scan/named-trackers.ts), not wherever torch is.
 */
export const SUBMODULE_BACKENDS: Readonly<Record<string, readonly string[]>> = {
  'torch.utils.tensorboard': ['tensorboard'],
  'keras.callbacks': ['tensorboard'],
  'tensorflow.summary': ['tensorboard'],
  'ignite.handlers.tensorboard_logger': ['tensorboard'],
  'ignite.contrib.handlers.tensorboard_logger': ['tensorboard'],
};
