/**
 * What JavaScript a built page makes the browser load before the reader does
 * anything: its module scripts, everything they import statically, and
 * inline scripts, each counted once, gzipped as a server would send them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScriptWeight {
  /** Files or `inline` entries, in load order. */
  files: string[];
  bytes: number;
  gzipBytes: number;
}

const gzipSize = (content: string) => gzipSync(content, { level: 9 }).length;

/** Static `import … from "./x.js"` and bare `import "./x.js"` of a built module; dynamic `import()` loads later, on use. */
function staticImports(source: string): string[] {
  return [...source.matchAll(/(?:^|[;}\s])import\s*(?:[^"'`()]*?from\s*)?["']([^"']+)["']/g)].map((match) => match[1]!);
}

export function pageScriptWeight(distDir: string, pagePath: string): ScriptWeight {
  const html = readFileSync(join(distDir, pagePath), 'utf8');
  const seen = new Set<string>();
  const weight: ScriptWeight = { files: [], bytes: 0, gzipBytes: 0 };
  const add = (name: string, content: string) => {
    weight.files.push(name);
    weight.bytes += Buffer.byteLength(content);
    weight.gzipBytes += gzipSize(content);
  };
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const source = readFileSync(join(distDir, url), 'utf8');
    add(url, source);
    for (const specifier of staticImports(source)) visit(new URL(specifier, `http://site${url}`).pathname);
  };
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(match[1]!)?.[1];
    if (src) visit(new URL(src, `http://site/${pagePath}`).pathname);
    else if (match[2]!.trim() && !/type="application\/(?:ld\+)?json"/.test(match[1]!)) add('inline', match[2]!);
  }
  return weight;
}
