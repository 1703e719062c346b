import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

// Which folder may import what, the table in docs/ARCHITECTURE.md: shared/ is the work and knows nothing of runners
// or shells; each action is a shell over shared/ and actions/common; actions/common serves every action and is none;
// the CLI is a shell that carries no runner-only package; the dashboard client is browser code.
const runnerOnly = ['@actions/core', '@actions/artifact', '@actions/cache'];
const shellsFromShared = { group: ['**/actions/**', '**/cli/**', '!./**'], message: 'shared/ is used by the shells, never the other way round.' };
const otherActions = ['detect-env', 'package-env', 'dispatch-training', 'setup-env', 'publish-metrics'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench-out/**', 'test-out/**', 'examples/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: runnerOnly.map((name) => ({ name, message: 'shared/ reports through return values and callbacks; the action shells talk to the runner.' })), patterns: [shellsFromShared] }],
    },
  },
  {
    files: ['cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: runnerOnly.map((name) => ({ name, message: 'the CLI bundle carries no runner-only package.' })), patterns: [{ group: ['**/actions/**'], message: 'the CLI uses shared/, not an action shell.' }] }],
    },
  },
  {
    files: ['actions/common/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: otherActions.map((a) => `**/actions/${a}/**`).concat(otherActions.map((a) => `../${a}/**`)), message: 'actions/common serves every action; it imports none of them.' }, { group: ['**/cli/**'], message: 'actions/common is for the action shells, not the CLI.' }] }],
    },
  },
  {
    files: ['assets/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: builtinModules.flatMap((name) => [name, `node:${name}`]).map((name) => ({ name, message: 'the dashboard client runs in a browser: nothing from Node.' })),
          patterns: [
            { regex: '(^|/)shared/(?!report/dashboard/payload-types\\.js$)', message: 'the dashboard client takes only the payload types from shared/ (its data arrives as JSON).' },
            { group: ['**/actions/**', '**/cli/**'], message: 'the dashboard client is browser code, not a shell.' },
          ],
        },
      ],
    },
  },
  ...otherActions.map((action) => ({
    files: [`actions/${action}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: otherActions.filter((a) => a !== action).map((a) => `**/actions/${a}/**`).concat(otherActions.filter((a) => a !== action).map((a) => `../${a}/**`)), message: 'an action shares code through shared/ or actions/common, not another action.' }, { group: ['**/cli/**'], message: 'actions call pipelines in shared/, not CLI commands.' }] },
      ],
    },
  })),
  {
    // Plain text reaches the job log only through actions/common/log.ts, which keeps untrusted text from being read
    // as a workflow command (core.info, console and process.stdout write it raw).
    files: ['actions/**/*.ts'],
    ignores: ['actions/common/log.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...[
          ['core', 'info'],
          ['console', 'log'],
          ['console', 'info'],
          ['console', 'warn'],
          ['console', 'error'],
          ['process', 'stdout'],
          ['process', 'stderr'],
        ].map(([object, property]) => ({ object, property, message: 'log through actions/common/log.ts (info, actionLog): untrusted text must not become a workflow command' })),
      ],
    },
  },
);
