// detect-env on the real-repository corpus (__tests__/fixtures/realrepos, see scripts/realrepos/README.md), run as a
// user runs it (the CLI bundle, --json), scored against the hand-verified expectations: every class must match
// exactly, except the gaps listed below. A gap is a known wrong answer with its cause; closing one makes this test
// fail until the entry is removed, so the list can only shrink knowingly and a regression anywhere shows at once.

import { classes, formatScoreboard, listFixtures, loadExpected, runDetectEnv, scoreFixture, type CorpusClass, type FixtureScore } from '../../scripts/realrepos/score.mjs';

interface Gap {
  /** Names the judge expects that detect-env does not report. */
  misses?: string[];
  /** Names detect-env reports that the judge says it must not. */
  falseReports?: string[];
  why: string;
}

const knownGaps: Record<string, Partial<Record<CorpusClass, Gap>>> = {
  autogluon__autogluon: {
    undeclared: {
      falseReports: ['pytest', 'yaml'],
      why:
        'features/tests import pytest, declared only by the tests extras of the sibling sub-projects common/ and core/; ' +
        '.github/workflow_scripts/setup_hf_model_mirror.py imports yaml, declared by common/setup.py, which CI installs first. ' +
        'detect-env scopes each setup.py to its own folder and does not follow CI installs.',
    },
  },
  huggingface__accelerate: {
    unused: { misses: ['pippy'], why: 'examples/inference/pippy/requirements.txt declares pippy, which nothing imports (the examples call accelerate.prepare_pippy); detect-env does not report it, cause not yet diagnosed.' },
  },
  huggingface__diffusers: {
    undeclared: {
      falseReports: ['PIL', '_pytest', 'accelerate', 'git', 'gguf', 'httpx', 'huggingface_hub', 'numpy', 'parameterized', 'pytest', 'regex', 'requests', 'requests_mock', 'safetensors', 'torch', 'torchsde', 'transformers'],
      why:
        'setup.py declares everything through a transformers-style table: `_deps` (a list of requirement strings, setup.py:96-150) → `deps = {name: spec}` built by re.findall (:158), ' +
        'install_requires = [deps["numpy"], ...] (:260-270) and extras["x"] = deps_list("a", "b") (:220-256, dev as a sum of extras); detect-env reads none of it (setup-py/dynamic notices). ' +
        'Resolving deps["name"] and deps_list(...) against the `_deps` entries keyed by their name before the first version operator would fix it.',
    },
    unused: { misses: ['importlib-metadata'], why: 'the same table: install_requires deps["importlib_metadata"] is not read, so its only import, under `sys.version_info < (3, 8)` with python_requires >=3.10.0 (src/diffusers/utils/import_utils.py:36-37), is never weighed.' },
    optional: {
      falseReports: ['bitsandbytes', 'flashpack', 'ftfy', 'importlib_metadata', 'imwatermark', 'librosa', 'modelopt', 'optimum', 'peft', 'scipy', 'sdnq', 'sentencepiece', 'torchao', 'torchvision'],
      why: 'the same table: these guarded imports are declared by setup.py extras (bitsandbytes, gguf, optimum_quanto, torchao, nvidia_modelopt, sdnq, flashpack, training, test) or install_requires, which detect-env does not read.',
    },
  },
  huggingface__peft: {
    undeclared: {
      falseReports: ['deepspeed', 'utils'],
      why:
        'deepspeed: every import in src/peft runs only under an active DeepSpeed ZeRO-3 (integrations.py:52 check_deepspeed_zero3_enabled(), adalora/layer.py:418 ' +
        '`deepspeed_config() is not None`, other.py:639 `hasattr(param, "ds_numel")`), which detect-env does not read as a gate the way it reads a device check; ' +
        'utils: examples/boft_controlnet/utils/dataset.py:10 and pipeline_controlnet.py:26 import `utils.x` from inside utils/, resolved against ' +
        'examples/boft_controlnet (the folder of the scripts accelerate launch runs), which detect-env does not take as a path root because it holds an empty __init__.py.',
    },
    optional: { misses: ['deepspeed'], why: 'the deepspeed gap above, seen from the optional class.' },
    unused: {
      misses: ['datatrove', 'hf-transfer', 'matplotlib', 'tensorboard'],
      falseReports: ['git+https://github-com/huggingface/datatrove-git', 'requests'],
      why:
        'datatrove (examples/sft/requirements.txt:5, a bare git+https URL without #egg) is reported under the URL as its name instead of the repository name; ' +
        'matplotlib is exempt as a pandas companion, hf-transfer as a huggingface-hub companion and tensorboard as a never-imported tool (shared/drift/never-imported.ts), ' +
        'although nothing plots, sets HF_HUB_ENABLE_HF_TRANSFER or logs to TensorBoard (a companion that needs a call or a variable is used only where that appears); ' +
        'requests is declared on purpose as hf-doc-builder\'s undeclared dependency (setup.py:30 comment) and doc-builder runs in the Makefile, but there is no hf-doc-builder companion.',
    },
  },
  'woven-planet__l5kit': {
    unused: {
      falseReports: ['importlib-metadata'],
      why: 'l5kit/Pipfile:15 declares the backport on purpose (`# required for python 3.8`: it constrains what the dev tools load); nothing imports it and detect-env does not read the comment as intent.',
    },
  },
};

const fixtures = listFixtures();
const scores: [string, FixtureScore][] = [];

afterAll(() => {
  if (scores.length) console.log(`detect-env on the corpus (${scores.length} repositories)\n${formatScoreboard(scores)}`);
});

test('the corpus is broad: at least 15 repositories', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(15);
});

test.each(fixtures)('%s: findings match the hand-verified expectations', (slug) => {
  const score = scoreFixture(runDetectEnv(slug), loadExpected(slug));
  scores.push([slug, score]);
  for (const cls of classes) {
    const gap = knownGaps[slug]?.[cls];
    expect({ class: cls, misses: [...score[cls].misses].sort(), falseReports: [...score[cls].falseReports].sort() }).toEqual({
      class: cls,
      misses: [...(gap?.misses ?? [])].sort(),
      falseReports: [...(gap?.falseReports ?? [])].sort(),
    });
  }
});
