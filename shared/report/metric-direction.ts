// Whether a metric is better low (loss, rmse) or high (accuracy, r2), guessed from its name when the user does not say.
// Names are split into words (`val/rmse`, `eval_loss`, `top5Accuracy`) and the last word that is known decides, so
// `val/loss` and `loss_accuracy_gap`… read the way a person reads them: by what the name ends with.

export type Direction = 'min' | 'max';

const LOWER_IS_BETTER = new Set([
  'loss', 'losses', 'rmse', 'mse', 'mae', 'mape', 'smape', 'rmsle', 'msle', 'error', 'errors', 'err', 'nll', 'logloss',
  'perplexity', 'ppl', 'wer', 'cer', 'ter', 'fid', 'kl', 'divergence', 'brier', 'hinge', 'regret', 'latency', 'distance',
]);

const HIGHER_IS_BETTER = new Set([
  'accuracy', 'acc', 'r2', 'f1', 'fscore', 'auc', 'roc', 'auroc', 'auprc', 'precision', 'recall', 'map', 'ap', 'iou',
  'miou', 'dice', 'bleu', 'rouge', 'meteor', 'ndcg', 'mrr', 'hit', 'hits', 'score', 'reward', 'return', 'sharpe',
  'throughput', 'specificity', 'sensitivity', 'kappa', 'mcc', 'top1', 'top5', 'psnr', 'ssim',
]);

/** The words of a metric key, lower case: `val/top5Accuracy` → `val`, `top5`, `accuracy`. */
export function metricWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The direction the name implies, or undefined when no word of it is known. */
export function guessDirection(metric: string): Direction | undefined {
  const ws = metricWords(metric);
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = ws[i]!;
    if (LOWER_IS_BETTER.has(w)) return 'min';
    if (HIGHER_IS_BETTER.has(w)) return 'max';
  }
  return undefined;
}

/** How the direction of a metric was settled, in words for the report. */
export interface DirectionChoice {
  direction: Direction;
  /** `input`: the user said; `name`: guessed from the name; `default`: nothing to go by, lower assumed. */
  source: 'input' | 'name' | 'default';
}

export function chooseDirection(metric: string, given: Direction | undefined): DirectionChoice {
  if (given) return { direction: given, source: 'input' };
  const guessed = guessDirection(metric);
  return guessed ? { direction: guessed, source: 'name' } : { direction: 'min', source: 'default' };
}

/** True when `a` is better than `b` in this direction. */
export function isBetter(a: number, b: number, direction: Direction): boolean {
  return direction === 'min' ? a < b : a > b;
}
