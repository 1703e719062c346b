// Names seen on real repositories (LLaMA-Factory, axolotl, lm-evaluation-harness): import names whose distribution
// differs, and packages a used library loads by name.

import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { detectDrift } from '../../../shared/drift/detect-drift.js';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'names-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

test('import names of other distributions: fla, cutlass, quack, cuda, nemo, megatron.core', async () => {
  const code = ['import fla', 'import cutlass.cute as cute', 'from quack import rmsnorm', 'from cuda import cuda', 'import nemo', 'from megatron.core import parallel_state', ''].join('\n');
  const declared = ['flash-linear-attention', 'nvidia-cutlass-dsl', 'quack-kernels', 'cuda-python', 'nemo_toolkit', 'megatron-core'];
  const report = await detectDrift({ root: project({ 'requirements.txt': declared.join('\n') + '\n', 'train.py': code }), env: {} });
  expect(report.undeclared).toEqual([]);
  expect(report.unused).toEqual([]);
  const bare = await detectDrift({ root: project({ 'requirements.txt': 'torch\n', 'train.py': `import torch\n${code}` }), env: {} });
  expect(bare.undeclared.map((u) => [u.module, u.distributions[0], u.source]).sort()).toEqual([
    ['cuda', 'cuda-python', 'table'],
    ['cutlass', 'nvidia-cutlass-dsl', 'table'],
    ['fla', 'flash-linear-attention', 'table'],
    ['megatron', 'megatron-core', 'table'],
    ['nemo', 'nemo-toolkit', 'table'],
    ['quack', 'quack-kernels', 'table'],
  ]);
});

test("packages transformers and lm-eval load by name are used with them (optim='galore_adamw', lm-eval's ifeval task)", async () => {
  const report = await detectDrift({
    root: project({
      'requirements.txt': 'transformers\ngalore-torch\nschedulefree\nlm-eval\nlangdetect\nimmutabledict\nzstandard\n',
      'train.py': 'from transformers import Trainer, TrainingArguments\nimport lm_eval\nargs = TrainingArguments("out", optim="galore_adamw")\n',
    }),
    env: {},
  });
  expect(report.unused.map((u) => u.normalized)).toEqual(['zstandard']);
});

test("a pin of a used library's own dependency is used where that library is used, not in another sub-project (MiniGPT-4, pytorch/examples)", async () => {
  const report = await detectDrift({
    root: project({
      // MiniGPT-4's environment.yml pins transformers' huggingface-hub and regex.
      'environment.yml': 'name: x\ndependencies:\n  - python=3.9\n  - pip\n  - pip:\n    - transformers==4.30.0\n    - huggingface-hub==0.18.0\n    - regex==2022.10.31\n',
      'demo.py': 'from transformers import AutoModel\n',
      // Another example's requirements: nothing under gpt/ uses transformers, so its requests is unused.
      'examples/gpt/requirements.txt': 'torch\nrequests\n',
      'examples/gpt/main.py': 'import torch\n',
    }),
    env: {},
  });
  expect(report.unused.map((u) => [u.normalized, u.declarations[0]!.file])).toEqual([['requests', 'examples/gpt/requirements.txt']]);
});

test("hardware SDKs under other names (lerobot: feetech-servo-sdk → scservo_sdk, hidapi → hid); sphinx-gallery's matplotlib (torchtune's docs)", async () => {
  const report = await detectDrift({
    root: project({
      'pyproject.toml': '[project]\nname = "x"\ndependencies = []\n[project.optional-dependencies]\nfeetech = ["feetech-servo-sdk>=1.0.0"]\ngamepad = ["hidapi>=0.14.0"]\n',
      'x/__init__.py': '',
      'x/motors.py': 'def bus():\n    import scservo_sdk as scs\n    import hid\n    return scs, hid\n',
      'docs/requirements.txt': 'sphinx\nsphinx-gallery>0.11\nmatplotlib\n',
      'docs/conf.py': 'extensions = ["sphinx_gallery.gen_gallery"]\n',
    }),
    env: {},
  });
  expect([...report.undeclared, ...report.optional].map((u) => u.module)).toEqual([]);
  expect(report.unused).toEqual([]);
});

test("conda's native libraries are not their Python bindings: tzdata=2023c beside python-tzdata=2023.3, xxhash=0.8.2 beside python-xxhash=3.3.0 (GroundingDINO's environment.yaml)", async () => {
  const env = [
    'name: dino',
    'dependencies:',
    '  - python=3.9.18=h4de0772_0_cpython',
    '  - python-tzdata=2023.3=pyhd8ed1ab_0',
    '  - python-xxhash=3.3.0=py39ha55989b_1',
    '  - tzdata=2023c=h71feb2d_0',
    '  - xxhash=0.8.2=hcfcfb64_0',
    '  - numpy=1.26.0=py39hddb5d58_0',
    '',
  ].join('\n');
  const report = await detectDrift({ root: project({ 'environment.yaml': env, 'demo.py': 'import numpy\nimport xxhash\n' }), env: {} });
  expect(report.conflicts).toEqual([]);
  // A real clash between two Python declarations is still one.
  const clash = await detectDrift({ root: project({ 'environment.yaml': `${env}  - pip:\n    - xxhash==3.4.1\n`, 'demo.py': 'import numpy\nimport xxhash\n' }), env: {} });
  expect(clash.conflicts.map((c) => c.name)).toEqual(['xxhash']);
});
