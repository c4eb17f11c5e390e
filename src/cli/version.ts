// The version --version prints; test/cli/version.test.ts keeps it equal to package.json's.
export const VERSION = '1.0.0';
