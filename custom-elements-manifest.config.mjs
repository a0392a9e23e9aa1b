import { existsSync } from 'node:fs';
import { posix } from 'node:path';

// The Custom Elements Manifest (`dist/custom-elements.json`, written by `npm run build`), read by
// editors and by the README's generated API reference (test/tools/api-reference.mjs). Its source is
// the element classes' JSDoc: `@summary`, `@fires`, `@cssprop`, `@csspart`, `@slot` and one line on
// each public property and method.

const CONSTRUCTOR_TYPES = {
  Number: 'number',
  Boolean: 'boolean',
  String: 'string',
  Array: 'unknown[]',
  Object: 'object',
};

/**
 * `@property({ type: Number }) fetchTimeout = DEFAULT_TIMEOUT_MS` has no type the analyzer can read
 * from its initializer (a constant from another module); Lit's own `type` option says what the
 * attribute converts to, so it fills in the type wherever the analyzer found none.
 */
function litPropertyTypes() {
  const found = new Map(); // module path → [{ className, member, type }]
  return {
    name: 'tarikh-lit-property-types',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || !member.name) continue;
        for (const modifier of ts.getDecorators?.(member) ?? []) {
          const call = modifier.expression;
          if (!ts.isCallExpression(call) || call.expression.getText() !== 'property') continue;
          const options = call.arguments.find((arg) => ts.isObjectLiteralExpression(arg));
          const typeOption = options?.properties.find(
            (prop) => ts.isPropertyAssignment(prop) && prop.name.getText() === 'type',
          );
          const type = typeOption && CONSTRUCTOR_TYPES[typeOption.initializer.getText()];
          if (!type) continue;
          const list = found.get(moduleDoc.path) ?? [];
          list.push({ className: node.name.getText(), member: member.name.getText(), type });
          found.set(moduleDoc.path, list);
        }
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const { className, member, type } of found.get(moduleDoc.path) ?? []) {
        const declaration = moduleDoc.declarations?.find((d) => d.name === className);
        const targets = [
          declaration?.members?.find((m) => m.name === member),
          declaration?.attributes?.find((a) => a.fieldName === member),
        ];
        for (const target of targets) if (target && !target.type) target.type = { text: type };
      }
    },
  };
}

/**
 * A default taken from a constant of another module (`fetchTimeout = DEFAULT_TIMEOUT_MS`) is
 * resolved by the analyzer only when the import's path matches a module's: TypeScript imports
 * name the emitted `.js` file, the manifest the `.ts` source. Point such references at the source,
 * and give each attribute the default and type its field resolved to.
 */
function resolveImportedDefaults() {
  return {
    name: 'tarikh-resolve-imported-defaults',
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        for (const member of declaration.members ?? []) {
          const ref = member.resolveInitializer;
          if (!ref?.module?.endsWith('.js')) continue;
          const source = ref.module.replace(/^\//, '').replace(/\.js$/, '.ts');
          if (existsSync(new URL(source, import.meta.url))) ref.module = source;
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          for (const attribute of declaration.attributes ?? []) {
            const field = declaration.members?.find((m) => m.name === attribute.fieldName);
            if (!field) continue;
            if (field.default !== undefined) attribute.default = field.default;
            if (field.type && !attribute.type) attribute.type = field.type;
          }
        }
      }
    },
  };
}

/**
 * `customElements.define` lives in src/index.ts, away from the class, and the analyzer records the
 * definition's module as the import specifier made absolute (`/src/elements/timeline/timeline.js`);
 * point it at the module path the manifest itself uses, so tools can follow the reference.
 */
function normalizeDefinitionModules() {
  return {
    name: 'tarikh-normalize-definition-modules',
    packageLinkPhase({ customElementsManifest }) {
      const paths = new Set(customElementsManifest.modules.map((m) => m.path));
      for (const mod of customElementsManifest.modules) {
        for (const exp of mod.exports ?? []) {
          const ref = exp.declaration;
          if (!ref?.module) continue;
          const relative = ref.module.replace(/^\//, '');
          const candidates = [relative, relative.replace(/\.js$/, '.ts')];
          const match = candidates.find((path) => paths.has(path));
          if (match) ref.module = match;
        }
      }
    },
  };
}

/**
 * The analyzer reads src/*.ts, which the package does not ship; tools that follow a module path (editors,
 * documentation sites, the framework type generators) must find the file in the package. Every module path and
 * reference becomes the module's declaration file, dist/types/*.d.ts, which `npm run build` writes first; the
 * build fails if one is missing. Runs last, after the plugins above matched paths to sources.
 */
function packagedModulePaths() {
  // A re-export names its module relative to the re-exporting one (`./model/types.js` in src/api.ts).
  const source = (path, from) =>
    path.startsWith('.') ? posix.join(posix.dirname(from), path).replace(/\.js$/, '.ts') : path.replace(/^\//, '');
  const packaged = (path) => path.replace(/^src\/(.+)\.ts$/, 'dist/types/$1.d.ts');
  const visit = (value, from) => {
    if (Array.isArray(value)) return value.forEach((child) => visit(child, from));
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof child === 'string') {
        const path = source(child, from);
        if (!/^src\/.+\.ts$/.test(path)) continue;
        value[key] = packaged(path);
        if (!existsSync(new URL(value[key], import.meta.url))) throw new Error(`${value[key]} is not built`);
      } else visit(child, from);
    }
  };
  return {
    name: 'tarikh-packaged-module-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) visit(mod, mod.path);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.spec.ts', 'src/**/*.d.ts', 'src/cli/**', 'src/authoring/**'],
  outdir: 'dist',
  litelement: true,
  // package.json already names the manifest in `customElements`; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [litPropertyTypes(), resolveImportedDefaults(), normalizeDefinitionModules(), packagedModulePaths()],
};
