import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { detectDrift } from '../../../shared/drift/detect-drift.js';
import { probesIn, scanPythonSource } from '../../../shared/scan/python-imports.js';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'probed-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

test('the names a file probes: modules from find_spec / module_available / importorskip, distributions from RequirementCache / package_available', () => {
  const text = [
    'from lightning_utilities.core.imports import RequirementCache, module_available, package_available',
    '_LITLOGGER_AVAILABLE = RequirementCache("litlogger>=0.1.7")',
    "_SKINNY = RequirementCache('mlflow_skinny')",
    '_HF = package_available("hf_transfer")',
    'HAS_APEX = importlib.util.find_spec("apex.amp") is not None',
    'XLA = module_available("torch_xla")',
    'np = pytest.importorskip("numpy")',
    'spec = find_spec(name)  # not a literal: nothing',
  ].join('\n');
  expect(probesIn(text)).toEqual({ modules: ['apex', 'torch_xla', 'numpy'], distributions: ['litlogger', 'mlflow-skinny', 'hf-transfer'] });
  expect(scanPythonSource(text, 'constants.py').probes).toEqual(probesIn(text));
  expect(scanPythonSource('import os\nprint(os.sep)\n', 'plain.py').probes).toBeUndefined();
});

test("a declared package the code only probes is used (litgpt: RequirementCache(\"litlogger\"), LitLogger from lightning); pyarrow's to_pandas uses pandas", async () => {
  const files = {
    'pyproject.toml': '[project]\nname = "x"\ndependencies = ["lightning", "litlogger>=0.1.7", "pyarrow", "pandas", "zstandard"]\n',
    'x/__init__.py': '',
    'x/constants.py': 'from lightning_utilities.core.imports import RequirementCache\n_LITLOGGER_AVAILABLE = RequirementCache("litlogger>=0.1.7")\n',
    'x/utils.py': [
      'from x.constants import _LITLOGGER_AVAILABLE',
      'def logger():',
      '    if not _LITLOGGER_AVAILABLE:',
      '        raise ModuleNotFoundError(_LITLOGGER_AVAILABLE)',
      '    from lightning.pytorch.loggers import LitLogger',
      '    return LitLogger()',
      '',
    ].join('\n'),
    'x/data.py': 'import pyarrow.parquet as pq\nrows = pq.read_table("a.parquet").to_pandas()\n',
  };
  const report = await detectDrift({ root: project(files), env: {} });
  // zstandard: declared, neither imported nor probed.
  expect(report.unused.map((u) => u.normalized)).toEqual(['zstandard']);
  const unprobed = await detectDrift({ root: project({ ...files, 'x/constants.py': '_LITLOGGER_AVAILABLE = True\n' }), env: {} });
  expect(unprobed.unused.map((u) => u.normalized).sort()).toEqual(['litlogger', 'zstandard']);
});
