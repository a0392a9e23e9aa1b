// The `tarikh` command (type-checked with tsconfig.cli.json; the library's tsconfig.build.json leaves
// src/cli and src/authoring out of dist/types), built on its own into one file, dist/cli/tarikh.js, with its parsers (ajv,
// csv-parse) inside, so that an installed package runs it with no dependency the browser library
// does not already have and without the dev dependencies. Node built-ins stay imports.
import { builtinModules } from 'node:module';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';

const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

export default {
  input: 'src/cli/tarikh.ts',
  external: (id) => builtins.has(id),
  output: {
    file: 'dist/cli/tarikh.js',
    format: 'es',
    banner: '#!/usr/bin/env node',
    sourcemap: false,
  },
  plugins: [
    nodeResolve({ preferBuiltins: true, exportConditions: ['node', 'import'] }),
    commonjs(),
    json(),
    typescript({
      tsconfig: './tsconfig.cli.json',
      declaration: false,
      sourceMap: false,
      outDir: 'dist/cli',
    }),
  ],
};
