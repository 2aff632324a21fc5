const { existsSync, readFileSync } = require('node:fs');
const { dirname, join, resolve } = require('node:path');
const { createTransformer } = require('@swc/jest');

/**
 * Jest runs CommonJS, while NestJS 12 and several of its dependencies ship as
 * ES modules only (plain Node 20 loads them with require(esm), Jest's sandbox
 * does not, nor `import()` without a Node flag). So this transformer compiles
 * the project's TypeScript and any ES-module file of node_modules to CommonJS
 * with SWC, turns the `import()` calls of CommonJS files into `require`, and
 * leaves other CommonJS files as they are.
 * SWC also rewrites the @ouvroir/* aliases, which thus work in global setups too.
 *
 * The global setup and teardown run outside the sandbox, in plain Node, which
 * loads ES modules itself: they set OUVROIR_JEST_OUTSIDE_SANDBOX while they
 * load, and node_modules is then left alone.
 */
const swc = createTransformer({
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    baseUrl: resolve(__dirname, '../..'),
    paths: { '@ouvroir/*': ['libs/*/src'] },
  },
  module: { type: 'commonjs' },
});

/** CommonJS packages that `import()` an ES module (mercurius does): only the dynamic imports change. */
const swcDynamicImports = createTransformer({
  jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' },
  module: { type: 'commonjs', strictMode: false },
});

const moduleTypeByDir = new Map();

function isEsModule(filename) {
  if (filename.endsWith('.mjs')) return true;
  if (filename.endsWith('.cjs')) return false;
  let dir = dirname(filename);
  const visited = [];
  while (!moduleTypeByDir.has(dir)) {
    visited.push(dir);
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      moduleTypeByDir.set(dir, JSON.parse(readFileSync(manifest, 'utf8')).type === 'module');
      break;
    }
    const parent = dirname(dir);
    if (parent === dir) {
      moduleTypeByDir.set(dir, false);
      break;
    }
    dir = parent;
  }
  const esm = moduleTypeByDir.get(dir);
  for (const seen of visited) moduleTypeByDir.set(seen, esm);
  return esm;
}

/** This file's own text is part of every cache key, so that editing it invalidates Jest's cache. */
const ownVersion = require('node:crypto')
  .createHash('sha256')
  .update(readFileSync(__filename))
  .digest('hex')
  .slice(0, 12);

const outsideSandbox = () => process.env.OUVROIR_JEST_OUTSIDE_SANDBOX === '1';

module.exports = {
  getCacheKey: (source, filename, options) =>
    `${swc.getCacheKey(source, filename, options)}:${ownVersion}:${outsideSandbox()}`,
  process(source, filename, options) {
    if (!filename.includes('/node_modules/')) return swc.process(source, filename, options);
    if (outsideSandbox()) return { code: source };
    if (isEsModule(filename)) return swc.process(source, filename, options);
    if (source.includes('import(')) return swcDynamicImports.process(source, filename, options);
    return { code: source };
  },
};
