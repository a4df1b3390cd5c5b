// `tactful pack …`: the trainer's commands for making, checking and signing snippet packs.

import { quote } from '../format';
import { EXIT_OK, EXIT_USAGE, UsageError, write, type CliIO } from '../io';
import { buildCommand } from './build';
import type { PackCommand } from './command';
import { initCommand } from './init';
import { lintCommand } from './lint';
import { keygenCommand, signCommand, verifyCommand } from './sign';
import { fromZendeskCommand } from './zendesk';

const COMMANDS: readonly PackCommand[] = [
  initCommand,
  buildCommand,
  lintCommand,
  keygenCommand,
  signCommand,
  verifyCommand,
  fromZendeskCommand,
];

export const PACK_USAGE = `Usage: tactful pack COMMAND [options]

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(13)} ${command.summary}`).join('\n')}

Run "tactful pack COMMAND --help" for a command's options.
The format: public/pack.schema.json (https://json-schema.org, draft 2020-12).
`;

export async function runPack(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    await write(name === undefined ? io.stderr : io.stdout, PACK_USAGE);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  try {
    if (!command) {
      const names = COMMANDS.map((candidate) => candidate.name).join(', ');
      throw new UsageError(`unknown pack command ${quote(name)}: the commands are ${names}`);
    }
    if (args.includes('--help') || args.includes('-h')) {
      await write(io.stdout, command.usage);
      return EXIT_OK;
    }
    return await command.run(args, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const help = command ? `tactful pack ${command.name} --help` : 'tactful pack --help';
    await write(io.stderr, `tactful pack: ${error.message}\nRun "${help}" for usage.\n`);
    return EXIT_USAGE;
  }
}
