/**
 * Checks a file against one of the package's JSON Schemas (the dataset's, or the authoring
 * format's), with each error as a bilingual sentence and the JSON path style of
 * src/model/validate.ts. The schema catches what the validator does not look for: a misspelt field
 * ("occurence"), a number written as text.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { Text } from '../model/types.js';

/** "/events/3/excerpts/0" → "$.events[3].excerpts[0]". */
export function jsonPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, key) => (/^\d+$/.test(key) ? `${path}[${key}]` : `${path}.${key}`), '$');
}

/** One schema error as a plain sentence in both languages. */
export function describeSchemaError(error: ErrorObject): { path: string; message: Text } {
  const path = jsonPath(error.instancePath);
  const p = error.params as Record<string, unknown>;
  const last = path.split('.').pop() ?? path;
  const field: Text =
    last === 'ar'
      ? { en: 'the Arabic text', ar: 'النص العربي' }
      : last === 'en'
        ? { en: 'the English text', ar: 'النص الإنجليزي' }
        : { en: last, ar: last };
  const description = (error.parentSchema as { description?: string } | undefined)?.description ?? '';
  switch (error.keyword) {
    case 'required':
      return {
        path: `${path}.${String(p.missingProperty)}`,
        message: { en: 'this required field is missing', ar: 'هذا الحقل المطلوب غير موجود' },
      };
    case 'additionalProperties':
      return {
        path,
        message: {
          en: `"${String(p.additionalProperty)}" is not a field of the data model`,
          ar: `"${String(p.additionalProperty)}" ليس حقلًا في نموذج البيانات`,
        },
      };
    case 'type':
      return {
        path,
        message: {
          en: `${field.en} must be of type ${String(p.type)}`,
          ar: `يجب أن يكون ${field.ar} من النوع ${String(p.type)}`,
        },
      };
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return {
        path,
        message: { en: `${field.en} must be one of ${allowed}`, ar: `يجب أن يكون ${field.ar} واحدًا من ${allowed}` },
      };
    }
    case 'minLength':
    case 'pattern':
      if (description.startsWith('ISO'))
        return {
          path,
          message: { en: `${field.en} is not an ISO 8601 date`, ar: `${field.ar} ليس تاريخًا بصيغة ISO 8601` },
        };
      if (description.startsWith('Only'))
        return { path, message: { en: `${field.en} is not an http(s) URL`, ar: `${field.ar} ليس عنوان http(s)` } };
      return { path, message: { en: `${field.en} must not be empty`, ar: `يجب ألّا يكون ${field.ar} فارغًا` } };
    case 'minItems':
      return {
        path,
        message: {
          en: `${field.en} must list at least ${String(p.limit)} item(s)`,
          ar: `يجب أن يضم ${field.ar} ${String(p.limit)} عنصرًا على الأقل`,
        },
      };
    case 'minimum':
      return {
        path,
        message: {
          en: `${field.en} must be at least ${String(p.limit)}`,
          ar: `يجب ألّا يقل ${field.ar} عن ${String(p.limit)}`,
        },
      };
    default:
      return {
        path,
        message: {
          en: `${field.en} ${error.message ?? 'is invalid'}`,
          ar: `${field.ar} غير صالح (${error.message ?? ''})`,
        },
      };
  }
}

const compiled = new Map<string, ValidateFunction>();

/** The schema problems of `input` against the schema file at `schemaPath`, one per path. */
export function schemaProblems(schemaPath: string, input: unknown): { path: string; message: Text }[] {
  let check = compiled.get(schemaPath);
  if (!check) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true });
    check = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
    compiled.set(schemaPath, check);
  }
  if (check(input)) return [];
  const seen = new Set<string>();
  const problems: { path: string; message: Text }[] = [];
  for (const error of check.errors ?? []) {
    const problem = describeSchemaError(error);
    const key = `${problem.path} ${problem.message.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}
