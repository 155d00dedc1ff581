import { defineConfig } from "vite";

export default defineConfig({
  // Dependency pre-bundling moves the package's files to another folder,
  // so the .wasm and .css next to them are not found in `vite` (dev).
  optimizeDeps: { exclude: ["bounce-explainer"] },
  // Only this example needs this: its package is linked from the checkout
  // two folders up, outside the folders the dev server may serve.
  server: { fs: { allow: ["../.."] } },
});
