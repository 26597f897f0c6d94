// @ts-check
import regexp from "eslint-plugin-regexp";
import tseslint from "typescript-eslint";

/**
 * Lint is mainly a safety gate: every regular expression in the repository must be free of
 * super-linear backtracking and super-linear moves, so that no parser can be made to hang by a
 * crafted string (ReDoS). The TypeScript rules catch the usual slips.
 */
export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "**/.bench/**", "docs/site/**", "docs/api-json/**", "docs/api/**", "docs/public/**", "docs/.vitepress/cache/**", ".artifacts/**", ".doc-examples/**", "**/.vite/**", "coverage/**"] },
  ...tseslint.configs.recommended,
  regexp.configs["flat/recommended"],
  {
    rules: {
      "regexp/no-super-linear-backtracking": ["error", { report: "potential" }],
      "regexp/no-super-linear-move": ["error", { report: "potential" }],
      "regexp/no-misleading-unicode-character": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
  {
    files: ["**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { module: "writable", require: "readonly", __dirname: "readonly" },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
