/**
 * The jeugdregie command line (bin/jeugdregie.js runs the compiled form of this file).
 * One file per command: validate.ts, retour.ts, simulate.ts, token.ts.
 */
import { processIo, UsageError, type CliIo } from './io.js';
import { RETOUR_USAGE, retourCommand } from './retour.js';
import { SIMULATE_USAGE, simulateCommand } from './simulate.js';
import { TOKEN_USAGE, tokenCommand } from './token.js';
import { VALIDATE_USAGE, validateCommand } from './validate.js';

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  validate: validateCommand,
  retour: retourCommand,
  simulate: simulateCommand,
  token: tokenCommand,
};

const USAGE = `gebruik:\n  ${VALIDATE_USAGE}\n  ${RETOUR_USAGE}\n  ${SIMULATE_USAGE}\n  ${TOKEN_USAGE}\n`;

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.err(`onbekend commando: ${command}\n${USAGE}`);
    return 2;
  }
  try {
    return await run(rest, io);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`${(e as Error).message}\n${USAGE}`);
      return 2;
    }
    io.err(`fout: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

if (require.main === module || require.main?.filename.endsWith('bin/jeugdregie.js')) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
