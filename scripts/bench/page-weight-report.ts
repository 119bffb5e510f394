/** Prints the JavaScript weight of each kind of reading page in dist/: `npm run bench:weight`. */
import { pageScriptWeight } from './page-weight.ts';

export const READING_PAGES = {
  home: 'index.html',
  document: 'docs/xj-2017-sci-tech-reform-plan/index.html',
  taskPermalink: 'docs/xj-2013-innovation-task-division/t27/index.html',
  source: 'docs/xj-2013-innovation-task-division/source/index.html',
  agencyDirectory: 'agencies/index.html',
  agency: 'agencies/xj-science-technology-department/index.html',
  targets: 'targets/index.html',
} as const;

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write('| page | files | bytes | gzipped |\n| --- | --- | --- | --- |\n');
  for (const [name, path] of Object.entries(READING_PAGES)) {
    const weight = pageScriptWeight('dist', path);
    process.stdout.write(`| ${name} (\`/${path.replace(/index\.html$/, '')}\`) | ${weight.files.length} | ${weight.bytes} | ${weight.gzipBytes} |\n`);
  }
}
