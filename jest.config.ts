import type { Config } from 'jest';

// Tests run from TypeScript source (no build needed): @swc/jest transpiles,
// and @replan/* imports are mapped to libs/*/src.
// *.int.test.ts files are integration tests (Redis/PostgreSQL) and run by default.
const config: Config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/libs', '<rootDir>/apps'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  modulePathIgnorePatterns: ['<rootDir>/libs/[^/]+/dist/', '<rootDir>/apps/[^/]+/dist/'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@replan/(.*)$': '<rootDir>/libs/$1/src',
  },
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript' },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
  },
  coveragePathIgnorePatterns: ['/node_modules/', '/dist/'],
};

export default config;
