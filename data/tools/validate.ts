/**
 * `npm run validate [file …]`: checks datasets (by default the bundled one) first against the JSON
 * Schema in data/schema/, then with the same module the element uses at run time
 * (src/model/validate.ts), printing each problem with its JSON path and a plain sentence. Exits
 * non-zero on any problem: a warning the element can live with (an unverified quote, say) is still a
 * defect in data we publish.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { validateDataset } from '../../src/model/validate.js';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const schema = JSON.parse(readFileSync(join(dataDir, 'schema', 'dataset.schema.json'), 'utf8')) as object;

/** "/events/3/excerpts/0" → "$.events[3].excerpts[0]", the path style of src/model/validate.ts. */
export function jsonPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, key) => (/^\d+$/.test(key) ? `${path}[${key}]` : `${path}.${key}`), '$');
}

/** One schema error as a plain sentence. */
export function describeSchemaError(error: ErrorObject): { path: string; message: string } {
  const path = jsonPath(error.instancePath);
  const p = error.params as Record<string, unknown>;
  const last = path.split('.').pop() ?? path;
  const field = last === 'ar' ? 'the Arabic text' : last === 'en' ? 'the English text' : last;
  switch (error.keyword) {
    case 'required':
      return { path: `${path}.${String(p.missingProperty)}`, message: 'this required field is missing' };
    case 'additionalProperties':
      return { path, message: `"${String(p.additionalProperty)}" is not a field of the data model` };
    case 'type':
      return { path, message: `${field} must be of type ${String(p.type)}` };
    case 'enum':
      return {
        path,
        message: `${field} must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'minLength':
    case 'pattern':
      if (error.parentSchema && (error.parentSchema as { description?: string }).description?.startsWith('ISO'))
        return { path, message: `${field} is not an ISO 8601 date` };
      if (error.parentSchema && (error.parentSchema as { description?: string }).description?.startsWith('Only'))
        return { path, message: `${field} is not an http(s) URL` };
      return { path, message: `${field} must not be empty` };
    case 'minItems':
      return { path, message: `${field} must list at least ${String(p.limit)} item(s)` };
    case 'minimum':
      return { path, message: `${field} must be at least ${String(p.limit)}` };
    default:
      return { path, message: `${field} ${error.message ?? 'is invalid'}` };
  }
}

const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true });
const checkSchema = ajv.compile(schema);

const files = process.argv.slice(2);
if (!files.length) files.push(join(dataDir, 'vostochny-pyongyang.json'));

let failed = false;
for (const file of files) {
  const name = relative(process.cwd(), file) || file;
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${name}: cannot read JSON: ${(error as Error).message}`);
    failed = true;
    continue;
  }
  const { problems } = validateDataset(input);
  const lines = problems.map((p) => `${p.level} ${p.path}: ${p.message.en}`);
  // The schema restates much of what the validator checks; report each path once, in the
  // validator's words where it has any, so that one mistake is one line.
  const reported = new Set(problems.map((p) => p.path));
  if (!checkSchema(input)) {
    for (const error of checkSchema.errors ?? []) {
      const { path, message } = describeSchemaError(error);
      const line = `schema ${path}: ${message}`;
      if (reported.has(path) || lines.includes(line)) continue;
      lines.push(line);
    }
  }
  for (const line of lines) console.error(`${name}: ${line}`);
  const count = lines.length;
  if (count) {
    failed = true;
    console.error(`${name}: ${count} problem(s)`);
  } else console.log(`${name}: valid`);
}
process.exit(failed ? 1 : 0);
