// Bundles the widget into kefu/channels/web/static/ (generated, not edited; gitignored).
// `node build.mjs` builds once; `node build.mjs --watch` rebuilds on change.
import * as esbuild from "esbuild";
import { copyFile, mkdir, readFile, readdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "kefu", "channels", "web", "static");
const watch = process.argv.includes("--watch");

/** `import css from "./x.css"` gives the minified stylesheet as a string. */
const cssText = {
  name: "css-text",
  setup(build) {
    build.onLoad({ filter: /\.css$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const { code } = await esbuild.transform(source, { loader: "css", minify: true });
      return { contents: code, loader: "text" };
    });
  },
};

/** The H5 page and the demo shop page are copied beside the bundle. */
const pages = {
  name: "pages",
  setup(build) {
    build.onEnd(async () => {
      const dir = join(here, "pages");
      for (const name of await readdir(dir)) await copyFile(join(dir, name), join(out, name));
    });
  },
};

await mkdir(out, { recursive: true });
const options = {
  entryPoints: [join(here, "src", "main.ts")],
  outfile: join(out, "widget.js"),
  bundle: true,
  format: "iife",
  target: ["es2020", "chrome87", "safari15", "firefox90"],
  minify: true,
  legalComments: "none",
  charset: "utf8",
  sourcemap: false,
  logLevel: "info",
  plugins: [cssText, pages],
};

if (watch) {
  const context = await esbuild.context(options);
  await context.watch();
} else {
  await esbuild.build(options);
}
