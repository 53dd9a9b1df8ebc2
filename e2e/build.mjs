// Bundles each front-end page (pages/<name>.js + its npm libraries, unmodified) into dist/ with
// esbuild, and copies the HTML and CSS next to it. Nothing is loaded from a CDN: every script
// the browser runs comes from node_modules through this step.
import { build } from "esbuild";
import { cp, mkdir, readdir, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const PAGES = ["vue-auth", "angular-token", "j-toker", "plain-fetch"];

export async function buildPages({ quiet = false } = {}) {
  const src = join(here, "pages");
  const out = join(here, "dist");
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await build({
    entryPoints: Object.fromEntries(PAGES.map((p) => [p, join(src, `${p}.js`)])),
    outdir: out,
    bundle: true,
    format: "iife",
    target: "es2020",
    minify: false,
    sourcemap: false,
    legalComments: "none",
    logLevel: quiet ? "error" : "warning",
    define: {
      // Vue's esm-bundler build expects its feature flags to be defined by the bundler.
      __VUE_OPTIONS_API__: "true",
      __VUE_PROD_DEVTOOLS__: "false",
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: "false",
      "process.env.NODE_ENV": '"production"',
    },
  });
  for (const file of await readdir(src)) {
    if (file.endsWith(".html") || file.endsWith(".css")) await cp(join(src, file), join(out, file));
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = await buildPages();
  console.log(`bundled ${PAGES.join(", ")} into ${out}`);
}
