import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Several suites generate the whole Auth0 client or run a compiler; 2 cores share the load.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
