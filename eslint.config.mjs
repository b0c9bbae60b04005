// @ts-check
import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettierConfig from 'eslint-config-prettier/flat';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// Packages import each other only through their public entry point ("@replan/engine"),
// never through another package's src/ or dist/, nor by relative paths that climb out of
// the package.
const restrictedImportPatterns = [
  {
    group: ['@replan/*/src', '@replan/*/src/**', '@replan/*/dist', '@replan/*/dist/**'],
    message: 'Import the package entry point (e.g. "@replan/engine"), not its src/ or dist/.',
  },
  {
    regex: '^(\\.\\./)+(libs|apps)(/|$)',
    message: 'Do not reach into another package by a relative path; import "@replan/<name>".',
  },
];

// The engine is pure: no I/O modules in its (non-test) sources.
const ioModules = [
  'fs',
  'fs/promises',
  'net',
  'http',
  'https',
  'http2',
  'child_process',
  'cluster',
  'dgram',
  'dns',
  'tls',
  'readline',
];
const engineRestrictedImportPatterns = [
  ...restrictedImportPatterns,
  {
    group: ioModules.flatMap((m) => [m, `node:${m}`]),
    message: '@replan/engine is pure: no I/O. Do I/O in an app or adapter and pass data in.',
  },
];

export default defineConfig(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'coverage/**', '.ci-out/**', '**/bin/*.js'],
  },
  eslint.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.eslint.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: {
      'import-x': importX,
    },
    settings: {
      'import-x/extensions': ['.ts', '.js', '.mjs', '.cjs'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './tsconfig.eslint.json' }),
      ],
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // Enum values are stored in and read back from typed arrays as plain numbers.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-relative-packages': 'error',
      // Every package declares what it imports in its own package.json.
      'import-x/no-extraneous-dependencies': [
        'error',
        { devDependencies: ['*.ts', '*.mjs'], includeTypes: false },
      ],
      'no-restricted-imports': ['error', { patterns: restrictedImportPatterns }],
    },
  },
  {
    files: ['libs/engine/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: engineRestrictedImportPatterns }],
    },
  },
  {
    files: ['**/*.test.ts'],
    rules: {
      // jest matchers such as expect(obj.method).toHaveBeenCalled() pass unbound methods.
      '@typescript-eslint/unbound-method': 'off',
      // Tests may use the root devDependencies (test tooling, fixtures).
      'import-x/no-extraneous-dependencies': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  prettierConfig,
);
