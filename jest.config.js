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
  // The dashboard page embeds the bundled browser script (build/dashboard-client.js): built fresh from assets/dashboard.
  globalSetup: '<rootDir>/scripts/build-dashboard-client.mjs',
};
