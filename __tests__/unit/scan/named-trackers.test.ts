import { namedTrackers } from '../../../shared/scan/named-trackers.js';

test('trackers named as the value of report_to / log_with, in Python, YAML and shell', () => {
  // diffusers' examples: argparse's default, not the choices its help lists.
  const argparse = [
    '    parser.add_argument(',
    '        "--report_to",',
    '        type=str,',
    '        default="tensorboard",',
    '        help=(',
    '            \'The integration to report to. Supported platforms are `"tensorboard"`\'',
    '            \' (default), `"wandb"` and `"comet_ml"`.\'',
    '        ),',
    '    )',
  ].join('\n');
  expect(namedTrackers(argparse)).toEqual(['tensorboard']);
  expect(namedTrackers('accelerator = Accelerator(log_with=["wandb", "tensorboard"], project_dir=d)')).toEqual(['wandb', 'tensorboard']);
  expect(namedTrackers('args = TrainingArguments(output_dir="o", report_to="comet_ml")')).toEqual(['comet_ml']);
  expect(namedTrackers('report_to: wandb\nlogging_steps: 10\n')).toEqual(['wandb']);
  expect(namedTrackers('deepspeed train.py \\\n    --report_to wandb \\\n    --bf16 True')).toEqual(['wandb']);
  expect(namedTrackers('python train.py --log_with=tensorboard')).toEqual(['tensorboard']);
  // Named without a value, or a value that is no tracker.
  expect(namedTrackers('help="A set of prompts logged to `--report_to`."')).toEqual([]);
  expect(namedTrackers('TrainingArguments(report_to="none")')).toEqual([]);
  expect(namedTrackers('import wandb')).toEqual([]);
});
