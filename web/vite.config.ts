import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The explorer's UI; `npm start` serves the build from web/dist next to the API.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [react()],
  // graphology-gexf has Node and browser builds but no "browser" field: the UI takes the browser one
  // (the Node tests import the package as it is).
  resolve: { alias: { "graphology-gexf": "graphology-gexf/browser" } },
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 3000 },
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});
