// Experiment trackers a library loads by the name a project passes it: transformers' and accelerate's
// `report_to="wandb"` / `--report_to tensorboard` / `log_with=["wandb", "tensorboard"]`. The project declares the
// tracker and never imports it, yet uses it. Read as text where the option is named; a tracker is one of these
// names, never a guess.

/** Tracker names as the options spell them → the module each loads. */
const TRACKERS: Readonly<Record<string, string>> = {
  wandb: 'wandb',
  tensorboard: 'tensorboard',
  tensorboardx: 'tensorboardX',
  comet_ml: 'comet_ml',
  mlflow: 'mlflow',
  clearml: 'clearml',
  neptune: 'neptune',
  dvclive: 'dvclive',
  aim: 'aim',
  swanlab: 'swanlab',
  trackio: 'trackio',
  codecarbon: 'codecarbon',
};

const OPTION = /\b(?:report_to|log_with)\b/;
/**
 * Where a value is given (bounded lookahead, so one pass stays linear): a keyword argument or YAML key
 * (`report_to="wandb"`, `log_with=["wandb", "tensorboard"]`, `report_to: wandb`), a command-line flag
 * (`--report_to wandb`, `--log_with=tensorboard`), and argparse's default (`"--report_to", type=str,
 * default="tensorboard"`). Help text that lists the choices is no value.
 */
const VALUES = [
  /\b(?:report_to|log_with)\s*[=:]\s*([[(][^\])\n]{0,200}|["']?\w+)/g,
  /--(?:report_to|log_with)(?:=|[ \t]+)["']?(\w+)/g,
  /["']--(?:report_to|log_with)["'][^)]{0,300}?\bdefault\s*=\s*(["']\w+["']|[[(][^\])]{0,200})/g,
];

/** The tracker modules `text` names as the value of a `report_to` / `log_with` option. */
export function namedTrackers(text: string): string[] {
  if (!OPTION.test(text)) return [];
  const found = new Set<string>();
  for (const pattern of VALUES) {
    for (const m of text.matchAll(pattern)) {
      for (const word of m[1]!.matchAll(/[A-Za-z_]+/g)) {
        const module = TRACKERS[word[0].toLowerCase()];
        if (module) found.add(module);
      }
    }
  }
  return [...found];
}
