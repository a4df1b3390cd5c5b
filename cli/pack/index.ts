// `tactful pack …`: the trainer's commands for making, checking and signing snippet packs.

import { quote } from '../format';
import { EXIT_OK, EXIT_USAGE, UsageError, write, type CliIO } from '../io';
import type { PackCommand } from './command';

// Each command's module is loaded when it runs: a trainer's `pack lint` starts without the YAML,
// CSV and signing libraries the other commands use.
const COMMANDS: Readonly<Record<string, () => Promise<PackCommand>>> = {
  init: async () => (await import('./init')).initCommand,
  build: async () => (await import('./build')).buildCommand,
  lint: async () => (await import('./lint')).lintCommand,
  keygen: async () => (await import('./sign')).keygenCommand,
  sign: async () => (await import('./sign')).signCommand,
  verify: async () => (await import('./sign')).verifyCommand,
  'from-zendesk': async () => (await import('./zendesk')).fromZendeskCommand,
};

async function packUsage(): Promise<string> {
  const commands = await Promise.all(Object.values(COMMANDS).map((load) => load()));
  return `Usage: tactful pack COMMAND [options]

Commands:
${commands.map((command) => `  ${command.name.padEnd(13)} ${command.summary}`).join('\n')}

Run "tactful pack COMMAND --help" for a command's options.
The format: public/pack.schema.json (https://json-schema.org, draft 2020-12).
`;
}

export async function runPack(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    await write(name === undefined ? io.stderr : io.stdout, await packUsage());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  const command = load ? await load() : undefined;
  try {
    if (!command) {
      const names = Object.keys(COMMANDS).join(', ');
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
