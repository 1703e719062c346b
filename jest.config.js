/** Jest runs the TypeScript sources as ESM (the @actions packages are ESM-only). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 60000,
  // Jest's default is one worker less than the cores: on a two-core runner that is one, in band, and the second core
  // idles while a test waits on the bundle, python3, git or Chromium it spawned. One worker per core keeps both busy.
  maxWorkers: '100%',
  // The dashboard page embeds the bundled browser script (build/dashboard-client.js): built fresh from assets/dashboard.
  globalSetup: '<rootDir>/scripts/build-dashboard-client.mjs',
};
