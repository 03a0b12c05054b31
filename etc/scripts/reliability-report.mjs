// Turns the reliability and security suite's figures (one JSON file per check and provider, written by
// PartyBuilding.Testing.ReliabilityReport and etc/scripts/scan-clear-ids.sh) into a Markdown table.
//
//   node etc/scripts/reliability-report.mjs FOLDER                        prints the table
//   node etc/scripts/reliability-report.mjs FOLDER --write docs/reliability.md
//                                                                         also replaces the table in the document
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [folder, flag, target] = process.argv.slice(2);
if (!folder) {
  console.error('usage: node etc/scripts/reliability-report.mjs FOLDER [--write FILE]');
  process.exit(2);
}

const entries = existsSync(folder)
  ? readdirSync(folder).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')))
  : [];
entries.sort((a, b) => a.check.localeCompare(b.check) || a.provider.localeCompare(b.provider));

const escape = (text) => String(text).replaceAll('|', '\\|');
const figures = (f) => Object.entries(f ?? {}).map(([k, v]) => `${k} ${Number(v).toLocaleString('en')}`).join(', ');
const table = [
  '| Check | Database | Result | Figures |',
  '|---|---|---|---|',
  ...entries.map((e) => `| ${escape(e.check)} | ${escape(e.provider)} | ${escape(e.summary)} | ${escape(figures(e.figures))} |`),
].join('\n');
console.log(entries.length ? table : `(no figures in ${folder})`);

if (flag === '--write' && target) {
  const begin = '<!-- reliability:begin -->';
  const end = '<!-- reliability:end -->';
  const measured = `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`bash etc/scripts/test.sh\`.`;
  const block = `${begin}\n${measured}\n\n${table}\n${end}`;
  const text = existsSync(target) ? readFileSync(target, 'utf8') : '';
  const pattern = new RegExp(`${begin}[\\s\\S]*?${end}`);
  writeFileSync(target, pattern.test(text) ? text.replace(pattern, block) : `${text}\n${block}\n`);
}
