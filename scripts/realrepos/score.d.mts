// Types for score.mjs (imported by __tests__/realrepos/corpus.test.ts).

export type CorpusClass = 'undeclared' | 'unused' | 'optional';

export interface Expected {
  undeclared: { report: Record<string, string>; notReport: Record<string, string> };
  unused: { report: Record<string, string>; notReport: Record<string, string> };
  optional: Record<string, string>;
  notes?: string;
}

export interface ClassScore {
  /** False while the report has no such class (optional, before detect-env reports it). */
  available: boolean;
  expected: string[];
  reported: string[];
  misses: string[];
  falseReports: string[];
  /** How many false reports the judge listed as must-not-report. */
  falseJudged: number;
  mustNot: number;
}

export type FixtureScore = Record<CorpusClass, ClassScore>;
export interface DetectReport {
  undeclared: { module: string }[];
  unused: { name: string }[];
  optional?: { module: string }[];
}

export const repoRoot: string;
export const fixturesRoot: string;
export const classes: CorpusClass[];
export function listFixtures(): string[];
export function loadExpected(slug: string): Expected;
export function runDetectEnv(slug: string): DetectReport;
export function normalize(name: string): string;
export function reportedNames(report: DetectReport): Record<'undeclared' | 'unused', string[]> & { optional: string[] | undefined };
export function expectedNames(expected: Expected): Record<CorpusClass, string[]>;
export function scoreFixture(report: DetectReport, expected: Expected): FixtureScore;
export function formatScoreboard(scores: [string, FixtureScore][]): string;
