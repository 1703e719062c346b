// Distributions people declare on purpose although no code imports them: test runners, formatters, notebook servers,
// build tools, command-line servers, stub packages, and engines that libraries load by name (pandas' Excel and
// Parquet engines, MLflow's conda.yaml pins). They are never reported as unused.

const exact = new Set([
  'pip', 'setuptools', 'wheel', 'build', 'twine', 'poetry', 'poetry-core', 'pip-tools', 'uv', 'hatch', 'hatchling', 'flit', 'flit-core',
  'setuptools-scm', 'cython', 'pybind11', 'scikit-build', 'scikit-build-core', 'meson-python', 'pdm', 'pdm-backend', 'maturin',
  'pytest', 'coverage', 'tox', 'nox', 'hypothesis', 'nbval', 'nbmake',
  'black', 'ruff', 'flake8', 'pylint', 'mypy', 'isort', 'autopep8', 'yapf', 'pre-commit', 'bandit', 'pyright', 'codespell', 'pydocstyle',
  'jupyter', 'jupyterlab', 'notebook', 'nbclassic', 'ipykernel', 'ipython', 'ipywidgets', 'widgetsnbextension', 'jupyterlab-widgets',
  'nbconvert', 'nbformat', 'jupytext', 'papermill', 'voila', 'nb-conda-kernels',
  'sphinx', 'mkdocs', 'mkdocs-material', 'furo', 'myst-parser',
  'gunicorn', 'uvicorn', 'waitress', 'supervisor',
  'tensorboard', 'mlflow-skinny', 'dvc', 'cloudpickle',
  'openpyxl', 'xlrd', 'xlsxwriter', 'odfpy', 'pyarrow', 'fastparquet', 'tables', 'lxml', 'html5lib',
]);

const prefixes = ['pytest-', 'flake8-', 'types-', 'sphinx-', 'sphinxcontrib-', 'mkdocs-', 'jupyterlab-', 'nvidia-', 'mypy-'];
const suffixes = ['-stubs'];

export function neverImported(normalizedName: string): boolean {
  return exact.has(normalizedName) || prefixes.some((p) => normalizedName.startsWith(p)) || suffixes.some((s) => normalizedName.endsWith(s));
}
