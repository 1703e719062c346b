import { invokedPrograms, pipInstallPackages } from '../../../shared/scan/pip-install-command.js';

describe('pipInstallPackages', () => {
  test.each([
    ['pip install numpy pandas', [['numpy', 'pandas']]],
    ['pip install -q -U "numpy<2" \'torch==2.1.*\'', [['numpy<2', 'torch==2.1.*']]],
    ['pip3 install --upgrade --index-url https://x.org/simple --no-cache-dir scikit-learn', [['scikit-learn']]],
    ['pip install -r requirements.txt', [[]]],
    ['pip install -rrequirements.txt -c constraints.txt lightgbm', [['lightgbm']]],
    ['pip install -qr requirements.txt xgboost', [['xgboost']]],
    ['pip install --extra-index-url=https://x.org tqdm', [['tqdm']]],
    ['pip install -e . ./local /abs/path ~/home/pkg git+https://github.com/o/r.git', [['git+https://github.com/o/r.git']]],
    ['pip -q install rich', [['rich']]],
    ['{sys.executable} -m pip install seaborn', [['seaborn']]],
    ['python -m pip install --user black', [['black']]],
    ['python3.11 -u -m pip install ruff', [['ruff']]],
    ['/usr/bin/python3 -m pip install flake8', [['flake8']]],
    ['uv pip install polars', [['polars']]],
    ['sudo PIP_NO_INPUT=1 pip install httpx', [['httpx']]],
    ['pip install a && pip install b; pip install c || echo failed', [['a'], ['b'], ['c']]],
    ['pip install transformers > /dev/null 2>&1', [['transformers']]],
    ['pip install datasets 2>/dev/null >&2', [['datasets']]],
    ['pip install {package} $EXTRA "${OTHER}" plotly', [['plotly']]],
    ['pip install opencv-python  # for cv2', [['opencv-python']]],
    ['pip install pkg\\ name', [['pkg name']]],
  ])('%s', (command, expected) => {
    expect(pipInstallPackages(command)).toEqual(expected);
  });

  test.each(['pip list', 'pip uninstall -y torch', 'python -m venv .venv', 'conda install pytorch', 'echo pip install x', 'ls', ''])(
    'no install: %s',
    (command) => {
      expect(pipInstallPackages(command)).toEqual([]);
    },
  );
});

describe('invokedPrograms', () => {
  test.each([
    ['pytest -x tests', ['pytest']],
    ['uv run pytest', ['uv', 'pytest']],
    ['uvx ruff check .', ['uvx', 'ruff']],
    ['python -m black --check . && mypy src', ['python', 'black', 'mypy']],
    ['conda run -n env black .', ['conda', 'black']],
    ['${PYTHON} -m pytest', ['pytest']],
    ['coverage run -m pytest; coverage report', ['coverage', 'pytest', 'coverage']],
    ['FOO=1 sphinx-build -b html docs out', ['sphinx-build']],
    ['poetry run python -m isort .', ['poetry', 'python', 'isort']],
    ['pipx run nbqa flake8 .', ['pipx', 'nbqa']],
    ['sudo /usr/bin/pre-commit run --all-files # lint', ['pre-commit']],
  ])('%s', (line, programs) => {
    expect(invokedPrograms(line)).toEqual(programs);
  });
});
