import { scanPythonSource } from '../../../shared/scan/python-imports.js';
import { scanNotebook } from '../../../shared/scan/notebook.js';

const guards = (source: string) => Object.fromEntries(scanPythonSource(source, 'x.py').imports.map((i) => [i.dotted, i.guard ?? null]));

test('try/except ImportError and wider handlers guard the try body, its else and the fallback in the handler', () => {
  expect(
    guards(
      [
        'import numpy',
        'try:',
        '    import ujson',
        '    from orjson import dumps',
        'except ImportError:',
        '    import json',
        'else:',
        '    import ujson.extra',
        'try:',
        '    import torch',
        'except (ModuleNotFoundError,',
        '        OSError) as e:',
        '    pass',
        'try:',
        '    import apex',
        'except Exception:',
        '    pass',
        'try:',
        '    import bare',
        'except:',
        '    pass',
        'try:',
        '    import needed',
        'except ValueError:',
        '    pass',
        'finally:',
        '    import after',
        'import pandas',
      ].join('\n'),
    ),
  ).toEqual({
    numpy: null,
    ujson: 'try-except',
    orjson: 'try-except',
    // The fallback in the handler runs only when the preferred import failed.
    json: 'try-except',
    'ujson.extra': 'try-except',
    torch: 'try-except',
    apex: 'try-except',
    bare: 'try-except',
    needed: null,
    after: null,
    pandas: null,
  });
});

test('nesting: function-local imports, a try inside a def, dedent after the block', () => {
  const source = [
    'def f():',
    '    import lazy',
    '    try:',
    '        import inner',
    '        if True:',
    '            import deeper',
    '    except ImportError:',
    '        pass',
    '    import after_try',
    'class C:',
    '    try: import inline',
    '    except ImportError: inline = None',
    '    def g(self):',
    '        import method_local',
  ].join('\n');
  expect(guards(source)).toEqual({ lazy: null, inner: 'try-except', deeper: 'try-except', after_try: null, inline: 'try-except', method_local: null });
});

test('availability checks, TYPE_CHECKING, version checks, suppress', () => {
  const source = [
    'from typing import TYPE_CHECKING',
    'import importlib.util',
    'if TYPE_CHECKING:',
    '    from pandas import DataFrame',
    'if importlib.util.find_spec("wandb") is not None:',
    '    import wandb',
    'if is_torch_available():',
    '    import torch',
    'elif _HAS_TF:',
    '    import tensorflow',
    'if not is_flax_available():',
    '    raise ImportError()',
    'else:',
    '    import flax',
    'if sys.version_info >= (3, 11):',
    '    import tomllib',
    'else:',
    '    import tomli',
    'with contextlib.suppress(ImportError):',
    '    import rich',
    'if __name__ == "__main__":',
    '    import fire',
    'x = """',
    'not code:',
    'try:',
    '"""',
    '    # a comment: with a colon',
  ].join('\n');
  expect(guards(source)).toEqual({
    typing: null,
    'importlib.util': null,
    pandas: 'type-checking',
    wandb: 'availability-check',
    torch: 'availability-check',
    tensorflow: 'availability-check',
    flax: 'availability-check',
    tomllib: 'version-check',
    tomli: 'version-check',
    rich: 'try-except',
    fire: null,
  });
});

test('tabs, continuation lines and strings holding colons do not confuse the blocks', () => {
  const source = ['try:', '\timport a', '\tx = {', '"k": 1}', '\timport b', 'except ImportError:', '\tpass', 'y = f(1,', '  2)', 'import c'].join('\n');
  expect(guards(source)).toEqual({ a: 'try-except', b: 'try-except', c: null });
});

test('notebook cells are judged one by one', () => {
  const nb = JSON.stringify({
    cells: [
      { cell_type: 'code', source: ['try:\n', '    import google.colab\n', 'except ImportError:\n', '    pass\n'] },
      { cell_type: 'code', source: ['import numpy\n'] },
    ],
    metadata: {},
    nbformat: 4,
    nbformat_minor: 5,
  });
  expect(scanNotebook(nb, 'n.ipynb').imports.map((i) => [i.dotted, i.guard ?? null])).toEqual([
    ['google.colab', 'try-except'],
    ['numpy', null],
  ]);
});

test('an early exit on a failed availability check guards the rest of its block', () => {
  const source = [
    'def __init__(self):',
    '    if not _MPI4PY_AVAILABLE:',
    '        raise ModuleNotFoundError(str(_MPI4PY_AVAILABLE))',
    '    from mpi4py import MPI',
    'def other():',
    '    import unrelated',
    'if not is_torch_available():',
    '    raise ImportError("install torch")',
    'import torch',
  ].join('\n');
  expect(guards(source)).toEqual({ mpi4py: 'availability-check', unrelated: null, torch: 'availability-check' });
});

test('a file that checks a module is available guards its imports in functions; skip decorators guard tests', () => {
  const source = [
    'from .imports import is_aim_available',
    'if is_aim_available():',
    '    pass',
    'if _XLA_AVAILABLE:',
    '    pass',
    'class AimTracker:',
    '    def start(self):',
    '        from aim import Run',
    '    def xla(self):',
    '        from torch_xla import runtime',
    '    def other(self):',
    '        import wandb',
    'class T:',
    '    @require_pandas',
    '    def test_table(self):',
    '        import pandas as pd',
    '    @pytest.mark.skipif(not HAS_VISDOM, reason="x")',
    '    def test_v(self):',
    '        import visdom',
    "    @require('timm')",
    '    def __init__(self,',
    '                 name):',
    '        import timm',
    '    @pytest.mark.skipif(not has_hvd_support, reason="no Horovod")',
    '    def test_h(self):',
    '        import horovod.torch as hvd',
  ].join('\n');
  expect(guards(source)).toEqual({
    '.imports': null,
    aim: 'availability-check',
    torch_xla: 'availability-check',
    wandb: null,
    pandas: 'availability-check',
    visdom: 'availability-check',
    timm: 'availability-check',
    'horovod.torch': 'availability-check',
  });
});

test('an install call just above the import: installed on demand', () => {
  const source = ['def load(self):', '    check_requirements("mss")', '    import mss', '    import numpy'].join('\n');
  expect(guards(source)).toEqual({ mss: 'installed-on-demand', numpy: null });
});

test('a check in a constructor covers its class; probes and imported flags mark the file as knowing a module may be missing', () => {
  const source = [
    'from .accelerators.xla import _XLA_GREATER_EQUAL_2_1',
    '_TE_OK = RequirementCache("transformer_engine>=0.11")',
    'class PhraseTokenizer:',
    '    def __init__(self):',
    '        if not is_nltk_available():',
    '            raise ImportError("pip install nltk")',
    '    def tokenize(self, text):',
    '        from nltk import word_tokenize',
    'class Other:',
    '    def run(self):',
    '        import faiss',
    'def root_device():',
    '    import torch_xla.core.xla_model as xm',
    'def precision():',
    '    import transformer_engine.pytorch as te',
    'def sync():',
    '    try_import_ray()',
    '    import ray',
    'def encode(self):',
    '    if self.device.type == "hpu":',
    '        import habana_frameworks.torch as ht',
  ].join('\n');
  expect(guards(source)).toEqual({
    '.accelerators.xla': null,
    nltk: 'availability-check',
    faiss: null,
    'torch_xla.core.xla_model': 'availability-check',
    'transformer_engine.pytorch': 'availability-check',
    ray: 'availability-check',
    'habana_frameworks.torch': 'version-check',
  });
});

test("optuna's `with try_import()` guards like suppress(ImportError); `if is_x_enabled():` is an availability check", () => {
  const source = ['with try_import() as _imports:', '    import boto3', 'if is_sagemaker_mp_enabled():', '    from smdistributed.modelparallel import __version__', 'import numpy'].join('\n');
  expect(guards(source)).toEqual({ boto3: 'try-except', 'smdistributed.modelparallel': 'availability-check', numpy: null });
});

test("a re-raising try in a constructor covers its class; a library's version check is a version check", () => {
  const source = [
    'class MemcachedBackend:',
    '    def __init__(self):',
    '        try:',
    '            import mc',
    '        except ImportError:',
    '            raise ImportError("Please install memcached")',
    '    def get(self, path):',
    '        import mc',
    'class Other:',
    '    def get(self):',
    '        import lmdb',
    "if torch.__version__ == 'parrots':",
    '    import parrots',
    "if TORCH_VERSION >= (2, 0):",
    '    import torch._dynamo',
  ].join('\n');
  expect(guards(source)).toEqual({ mc: 'availability-check', lmdb: null, parrots: 'version-check', 'torch._dynamo': 'version-check' });
});

test('an import under a Python version comparison carries the Pythons it runs on', () => {
  const source = [
    'import sys',
    'if sys.version_info < (3, 8):',
    '    import importlib_metadata',
    'else:',
    '    import importlib.metadata as importlib_metadata',
    'if sys.version_info[:2] >= (3, 11):',
    '    import tomllib',
    'elif True:',
    '    import tomli',
    'if sys.platform == "win32":',
    '    import winreg',
  ].join('\n');
  const python = Object.fromEntries(scanPythonSource(source, 'x.py').imports.map((i) => [i.dotted, i.python ?? null]));
  // An `else` after an `elif` has no single opposite range: left open.
  expect(python).toEqual({ sys: null, importlib_metadata: '<3.8', 'importlib.metadata': '>=3.8', tomllib: '>=3.11', tomli: null, winreg: null });
});

test('DeepSpeed modules inside a DeepSpeed run only: its strategy, ZeRO-3 enabled, its config, its parameters; a plain flag is no guard', () => {
  const source = [
    'def save(fabric, path):',
    '    if isinstance(fabric.strategy, DeepSpeedStrategy):',
    '        from deepspeed.utils.zero_to_fp32 import get_fp32_state_dict_from_zero_checkpoint',
    'def gather(param):',
    '    if check_deepspeed_zero3_enabled():',
    '        import deepspeed.zero',
    '    if deepspeed_config() is not None:',
    '        import deepspeed.comm',
    '    if hasattr(param, "ds_numel"):',
    '        import deepspeed.runtime',
    '    if args.use_deepspeed:',
    '        import deepspeed',
  ].join('\n');
  expect(guards(source)).toEqual({
    'deepspeed.utils.zero_to_fp32': 'version-check',
    'deepspeed.zero': 'version-check',
    'deepspeed.comm': 'version-check',
    'deepspeed.runtime': 'version-check',
    deepspeed: null,
  });
});
