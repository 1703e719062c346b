import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench-out/**', 'test-out/**', 'examples/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
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
