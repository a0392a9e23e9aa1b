// The CSS minifier of the bundled build (build/minify-css.mjs), on the cases that could break a style, and
// on every css template of the sources, compared as Chromium parses them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import ts from 'typescript';
import { minifyCssTemplate as minify } from '../../build/minify-css.mjs';
import { chromeArgs, requireChrome } from '../tools/find-chrome.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('drops comments, indentation and the last semicolon of each block', () => {
  const css = `
    /* why */
    :host {
      display: block;
      color: var(--_text, #1c1f24);
    }
  `;
  assert.deepEqual(minify([css]), [':host{display:block;color:var(--_text,#1c1f24)}']);
});

test('keeps the space before a colon, where it makes a descendant selector', () => {
  assert.deepEqual(minify(['.a :hover, :host > ::slotted(*) { x: 1 }']), ['.a :hover,:host>::slotted(*){x:1}']);
});

test('keeps the spaces that calc(), value lists and media queries need', () => {
  assert.deepEqual(minify(['a { width: calc( 100% - 2 * var(--x) ); margin: 0 auto }']), [
    'a{width:calc(100% - 2 * var(--x));margin:0 auto}',
  ]);
  assert.deepEqual(minify(['@media screen and (max-width: 40em) { }']), ['@media screen and (max-width:40em){}']);
});

test('copies strings and escapes as they are', () => {
  assert.deepEqual(minify([`a::before { content: ' ;  } /* ' ; font-family: "Noto  Naskh", x; b: \\2014 }`]), [
    `a::before{content:' ;  } /* ';font-family:"Noto  Naskh",x;b:\\2014}`,
  ]);
});

test('keeps one space beside an expression unless the CSS beside it does not need one', () => {
  // css`:host { ${a} --x: ${b} ${c}; }` and css`${sel} { }`
  assert.deepEqual(minify([':host {\n  ', '\n  --x: ', ' ', ';\n}\n']), [':host{', ' --x:', ' ', '}']);
  assert.deepEqual(minify(['\n  ', ' {\n  }\n', '\n']), ['', '{}', '']);
});

test('leaves a template alone when a comment or string runs into an expression', () => {
  assert.equal(minify(['a { /* ', ' */ }']), null);
  assert.equal(minify(["a { content: '", "' }"]), null);
});

test('every css template of the sources means the same to a browser once minified', { timeout: 60_000 }, async () => {
  // Each template with its expressions left empty, as written and minified; Chromium's parse of the two
  // must serialize to the same rules.
  const templates = [];
  for (const file of readdirSync(join(root, 'src'), { recursive: true })) {
    if (!file.endsWith('.ts')) continue;
    const text = readFileSync(join(root, 'src', file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'css') {
        const t = node.template;
        const parts = ts.isNoSubstitutionTemplateLiteral(t)
          ? [t.getText().slice(1, -1)]
          : [t.head, ...t.templateSpans.map((span) => span.literal)].map((part) =>
              // head: `…${   middle: }…${   tail: }…`
              part.getText().slice(1, ts.isTemplateTail(part) ? -1 : -2),
            );
        templates.push({ file, parts });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  assert.ok(templates.length >= 5, `found ${templates.length} css templates`);
  const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
  try {
    const page = await browser.newPage();
    for (const { file, parts } of templates) {
      const minified = minify(parts);
      assert.ok(minified, `${file}: minified`);
      const [before, after] = await page.evaluate(
        (texts) =>
          texts.map((css) => {
            // Custom properties, and properties whose value waits on var(), keep their value's whitespace as
            // written; for those only, whitespace is compared up to what var() substitution makes of it.
            const value = (style, name) => {
              const text = style.getPropertyValue(name);
              if (!name.startsWith('--') && !text.includes('var(')) return text;
              return text.replace(/\s+/g, ' ').replace(/ ?, ?/g, ',').replace(/\( /g, '(').replace(/ \)/g, ')').trim();
            };
            const rules = (list) =>
              [...list]
                .map((rule) => {
                  const head = rule.selectorText ?? rule.conditionText ?? rule.name ?? rule.cssText;
                  const body = rule.style
                    ? [...rule.style].map((name) => `${name}: ${value(rule.style, name)}`).join('; ')
                    : '';
                  return `${rule.constructor.name} ${head} { ${body} ${rule.cssRules ? rules(rule.cssRules) : ''} }`;
                })
                .join('\n');
            const sheet = new CSSStyleSheet();
            sheet.replaceSync(css);
            return rules(sheet.cssRules);
          }),
        [parts.join(''), minified.join('')],
      );
      assert.ok(before.length > 0, `${file}: has rules`);
      assert.equal(after, before, file);
    }
  } finally {
    await browser.close();
  }
});
