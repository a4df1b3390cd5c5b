// `tactful pack init`: a starter pack.json a trainer edits, valid and lint-clean, with the schema
// beside it so their editor validates and completes as they type.

import { join } from 'node:path';
import packSchema from '../../public/pack.schema.json';
import type { Pack } from '../../lib/packs/format';
import { EXIT_OK, UsageError, write } from '../io';
import { fromCwd, parsePackArgs, writeOutput, type PackCommand } from './command';

export const SCHEMA_FILE = 'pack.schema.json';

/** The starter pack: one snippet with page values, one with a fill-in field and a choice. */
export function starterPack(now: Date): Pack {
  return {
    $schema: `./${SCHEMA_FILE}`,
    formatVersion: 1,
    id: 'my-team',
    name: "My team's snippets",
    version: '1.0.0',
    author: 'Your name',
    description: 'Replies our team agreed on. Edit, then run "tactful pack lint pack.json".',
    updated: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    snippets: [
      {
        id: 'thanks-for-waiting',
        title: 'Thanks for waiting',
        body: 'Thank you for waiting while I looked into this, {{customer.firstName}}.',
        shortcut: 'thanks-wait',
        tags: ['general'],
      },
      {
        id: 'order-shipped',
        title: 'Order shipped',
        body: 'Good news: order {{field:Order number}} left our warehouse today with {{field:Carrier}}. The tracking link is in your confirmation email.',
        shortcut: 'shipped',
        tags: ['orders'],
        fields: [{ name: 'Carrier', options: ['DHL', 'UPS', 'FedEx'], default: 'DHL' }],
      },
    ],
    settings: {
      avoid: [
        {
          phrase: 'as per my last email',
          replacements: ['as I mentioned'],
          reason: 'Reads as a reproach.',
        },
      ],
    },
  };
}

export const initCommand: PackCommand = {
  name: 'init',
  summary: 'write a starter pack.json (and pack.schema.json) to edit',
  usage: `Usage: tactful pack init [--dir DIR] [--force]

Writes pack.json, a valid and lint-clean starter pack, and a copy of the format's JSON Schema,
pack.schema.json, beside it ("$schema" points there, so editors check the pack as you type).

Options:
  --dir DIR   where to write them (default: the current folder)
  --force     replace files that are already there
  -h, --help  show this help
`,
  async run(args, io) {
    const { values, positionals } = parsePackArgs(args, {
      dir: { type: 'string', default: '.' },
      force: { type: 'boolean', default: false },
    });
    if (positionals.length > 0) throw new UsageError(`init takes no file, only options (got ${positionals[0]})`);
    const dir = fromCwd(io, values.dir);
    const packFile = join(dir, 'pack.json');
    await writeOutput(packFile, `${JSON.stringify(starterPack(new Date()), null, 2)}\n`, { force: values.force });
    await writeOutput(join(dir, SCHEMA_FILE), `${JSON.stringify(packSchema, null, 2)}\n`, { force: values.force });
    await write(io.stdout, `Wrote ${packFile} and ${SCHEMA_FILE} beside it. Next: tactful pack lint ${packFile}\n`);
    return EXIT_OK;
  },
};
