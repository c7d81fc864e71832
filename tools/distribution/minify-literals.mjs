// Minifies the CSS and HTML inside Lit's tagged template literals (`css`, `html`, `svg`).
// A JavaScript minifier leaves template text alone — it is data to it — so every indent,
// newline and comment of our styles and templates would otherwise ship. The transform is
// deliberately small and conservative:
//   - css: comments go, whitespace runs become one space, and the space beside `{ } ; , >`
//     and after `:` goes (never before `:`: `.a :hover` is not `.a:hover`); quoted strings
//     are kept byte for byte. A template whose comment or string spans an expression is
//     left as it is.
//   - html/svg: a whitespace run that holds a line break becomes one space. HTML renders
//     such a run as one space anyway, so inline layout (the space between two links) and
//     text content stay the same.
// Used by the CDN build (rollup), the post-build pass over packages/*/dist (source maps
// kept pointing at the TypeScript), and, as an esbuild plugin, by whatever bundles our
// sources the way a consumer's bundler would.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import MagicString from 'magic-string';
import { decode as decodeMappings, encode as encodeMappings } from '@jridgewell/sourcemap-codec';

const TAGS = new Set(['css', 'html', 'svg', 'staticHtml']);
const CSS_TIGHT = new Set(['{', '}', ';', ',', '>']);

/** One literal part of a CSS template; `null` when a comment or string is left open. */
function minifyCssPart(s, first, last) {
  let out = '';
  let space = false;
  const emit = (c) => {
    if (space) {
      const prev = out.at(-1);
      if (out !== '' && !CSS_TIGHT.has(prev) && prev !== ':' && !CSS_TIGHT.has(c)) out += ' ';
      else if (out === '' && !first) out += ' ';
      space = false;
    }
    if (c === '}' && out.at(-1) === ';') out = out.slice(0, -1);
    out += c;
  };
  for (let i = 0; i < s.length; ) {
    const c = s[i];
    if (c === '\\') {
      emit(s.slice(i, i + 2));
      i += 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < s.length && s[j] !== c) j += s[j] === '\\' ? 2 : 1;
      if (j >= s.length) return null;
      emit(s.slice(i, j + 1));
      i = j + 1;
    } else if (c === '/' && s[i + 1] === '*') {
      const j = s.indexOf('*/', i + 2);
      if (j < 0) return null;
      space = true;
      i = j + 2;
    } else if (/\s/.test(c)) {
      space = true;
      i++;
    } else {
      emit(c);
      i++;
    }
  }
  // Beside an expression the neighbour is unknown: keep one space.
  if (space && !last) out += out === '' && first ? '' : ' ';
  return out;
}

function minifyHtmlPart(s) {
  return s.replace(/[ \t\r\n\f]*\n[ \t\r\n\f]*/g, ' ');
}

/** The literal parts of a template, as [start, end] source offsets of their text. */
function parts(template) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [[template.getStart() + 1, template.end - 1]];
  const list = [[template.head.getStart() + 1, template.head.end - 2]];
  for (const span of template.templateSpans) {
    const lit = span.literal;
    list.push([lit.getStart() + 1, lit.end - (ts.isTemplateTail(lit) ? 1 : 2)]);
  }
  return list;
}

/**
 * The edits that minify every Lit template in `code`, as [start, end, replacement],
 * sorted and non-overlapping.
 */
export function literalEdits(code, fileName) {
  const kind = /\.tsx?$/.test(fileName) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, kind);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const ranges = parts(node.template);
      const isCss = node.tag.text === 'css';
      const replaced = ranges.map(([a, b], i) => {
        const text = code.slice(a, b);
        return isCss ? minifyCssPart(text, i === 0, i === ranges.length - 1) : minifyHtmlPart(text);
      });
      if (!replaced.includes(null)) {
        ranges.forEach(([a, b], i) => {
          if (replaced[i] !== code.slice(a, b)) edits.push([a, b, replaced[i]]);
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edits.sort((x, y) => x[0] - y[0]);
}

/** `{ code, map }` (a magic-string map, hires) or `null` when nothing changes. */
export function minifyLiterals(code, fileName) {
  if (!/\b(css|html|svg|staticHtml)\s*`/.test(code)) return null;
  const edits = literalEdits(code, fileName);
  if (edits.length === 0) return null;
  const s = new MagicString(code);
  for (const [a, b, text] of edits) {
    if (a === b) s.appendLeft(a, text);
    else if (text === '') s.remove(a, b);
    else s.overwrite(a, b, text);
  }
  return { code: s.toString(), map: s.generateMap({ hires: true, source: fileName, includeContent: true }) };
}

/** Rollup plugin: run it before the TypeScript transform. */
export function rollupMinifyLiterals() {
  return {
    name: 'auta-minify-literals',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.[mc]?[jt]s$/.test(id)) return null;
      return minifyLiterals(code, id);
    },
  };
}

/** esbuild plugin: our TypeScript sources (packages/*\/src), minified before esbuild reads them. */
export const esbuildMinifyLiterals = {
  name: 'auta-minify-literals',
  setup(build) {
    build.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/ }, (args) => {
      const code = readFileSync(args.path, 'utf8');
      const result = minifyLiterals(code, args.path);
      if (!result) return { contents: code, loader: 'ts' };
      const inline = Buffer.from(JSON.stringify(result.map)).toString('base64');
      return { contents: `${result.code}\n//# sourceMappingURL=data:application/json;base64,${inline}\n`, loader: 'ts' };
    });
  },
};

/* ---------- dist: rewrite emitted .js and shift tsc's source map to match ---------- */

const lineStarts = (text) => {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
};

/** Applies `edits` to `code` and moves each generated position of `map` to the new code. */
export function applyWithMap(code, edits, map) {
  let out = '';
  let at = 0;
  for (const [a, b, text] of edits) {
    out += code.slice(at, a) + text;
    at = b;
  }
  out += code.slice(at);
  const shift = (offset) => {
    let delta = 0;
    for (const [a, b, text] of edits) {
      if (offset < a) break;
      if (offset < b) return a + delta + Math.min(offset - a, text.length);
      delta += text.length - (b - a);
    }
    return offset + delta;
  };
  const oldStarts = lineStarts(code);
  const newStarts = lineStarts(out);
  const lines = newStarts.map(() => []);
  decodeMappings(map.mappings).forEach((segs, line) => {
    for (const seg of segs) {
      const offset = shift(oldStarts[line] + seg[0]);
      let l = 0;
      let hi = newStarts.length - 1;
      while (l < hi) {
        const mid = (l + hi + 1) >> 1;
        if (newStarts[mid] <= offset) l = mid;
        else hi = mid - 1;
      }
      lines[l].push([offset - newStarts[l], ...seg.slice(1)]);
    }
  });
  for (const segs of lines) segs.sort((x, y) => x[0] - y[0]);
  return { code: out, map: { ...map, mappings: encodeMappings(lines) } };
}

/** Minifies the Lit templates of every .js under `dir`, keeping each .js.map in step. */
export function minifyDist(dir) {
  let saved = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      saved += minifyDist(path);
      continue;
    }
    if (!name.endsWith('.js')) continue;
    const code = readFileSync(path, 'utf8');
    if (!/\b(css|html|svg|staticHtml)\s*`/.test(code)) continue;
    const edits = literalEdits(code, path);
    if (edits.length === 0) continue;
    let mapFile;
    try {
      mapFile = JSON.parse(readFileSync(`${path}.map`, 'utf8'));
    } catch {
      mapFile = undefined;
    }
    const result = applyWithMap(code, edits, mapFile ?? { version: 3, sources: [], names: [], mappings: '' });
    writeFileSync(path, result.code);
    if (mapFile) writeFileSync(`${path}.map`, JSON.stringify(result.map));
    saved += code.length - result.code.length;
  }
  return saved;
}
