// One lint gate for the whole repo; the import rules keep the layers apart (STYLE.md §2).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "web/dist/", "neo4j/lib/", "neo4j/build/", ".data/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
    },
  },
  {
    files: ["loader/**/*.ts", "ontology/**/*.ts", "neo4j/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["react", "react-dom", "**/web/**"] }],
    },
  },
  {
    // The extractor reports through what it returns; only the command line prints.
    files: ["loader/**/*.ts"],
    ignores: ["loader/cli.ts", "loader/**/*.test.ts"],
    rules: { "no-console": "error" },
  },
  {
    // The server may start a load through the loader's public entry only.
    files: ["web/server/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["**/loader/*/**", "react", "react-dom"] }],
    },
  },
  {
    // The UI talks to the API: no loader, no database driver.
    files: ["web/src/**/*.ts", "web/src/**/*.tsx"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["**/loader/**", "**/neo4j/**", "neo4j-driver", "**/server/**"] }],
    },
  },
  {
    files: ["ontology/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["**/loader/**", "**/web/**", "**/neo4j/**", "neo4j-driver"] }],
    },
  },
);
