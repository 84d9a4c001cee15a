import { buildModel } from './server/src/analysis/document';
import { commandsOfModel } from './server/src/analysis/shell';
import { readFileSync } from 'node:fs';
const text = readFileSync(process.argv[2], 'utf8');
const m = buildModel(text);
for (const c of commandsOfModel(m)) console.log(c.instruction, c.name, JSON.stringify(c.args.map(a=>a.value ?? a.raw)), `${c.nameWord.range.start.line}:${c.nameWord.range.start.character}-${c.nameWord.range.end.line}:${c.nameWord.range.end.character}`, c.inSubstitution ? 'SUBST in ' + c.enclosingWord?.raw : '', c.removal ? JSON.stringify(c.removal) : '', c.stdinHeredoc ? 'HEREDOC ' + JSON.stringify(c.stdinHeredoc) : '');
