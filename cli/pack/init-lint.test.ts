import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import packSchema from '../../public/pack.schema.json';
import { examplePack } from '../../lib/packs/test-support';
import { workspace } from './test-support';

let space: ReturnType<typeof workspace>;
beforeEach(() => (space = workspace()));
afterEach(() => space.remove());

describe('tactful pack init', () => {
  it('writes a starter pack.json with the schema beside it, and the pack lints clean', async () => {
    const init = await space.run('pack', 'init');
    expect(init.status).toBe(0);
    const pack = JSON.parse(space.read('pack.json'));
    expect(pack.$schema).toBe('./pack.schema.json');
    expect(JSON.parse(space.read('pack.schema.json'))).toEqual(packSchema);
    expect(pack.snippets.some((snippet: { fields?: unknown }) => snippet.fields)).toBe(true);
    const lint = await space.run('pack', 'lint', 'pack.json', '--fail-on', 'suggestion');
    expect(lint).toMatchObject({ status: 0, stderr: '' });
    expect(lint.stdout).toContain('2 snippets, 0 findings');
  });

  it('never replaces a pack already there unless forced', async () => {
    space.write('pack.json', 'mine');
    const again = await space.run('pack', 'init');
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/pack\.json.*already exists.*--force/);
    expect(space.read('pack.json')).toBe('mine');
    expect((await space.run('pack', 'init', '--force')).status).toBe(0);
    expect(space.read('pack.json')).not.toBe('mine');
  });
});

describe('tactful pack lint', () => {
  it('reports schema problems with their JSON path and fails', async () => {
    const pack = examplePack();
    space.write('pack.json', JSON.stringify({ ...pack, snippets: [{ ...pack.snippets[0], title: '' }] }));
    const lint = await space.run('pack', 'lint', 'pack.json');
    expect(lint.status).toBe(1);
    expect(lint.stderr).toContain('pack.json: snippets[0].title: is empty.');
  });

  it("reports each finding at warning or above with the file and the line of the snippet's text", async () => {
    const pack = examplePack();
    pack.snippets.push({
      id: 'blame',
      title: 'Deleted folder',
      body: 'Obviously you must have deleted the folder yourself.',
      shortcut: 'deleted',
    });
    const text = JSON.stringify(pack, null, 2);
    space.write('pack.json', text);
    const line = text.split('\n').findIndex((row) => row.includes('Obviously')) + 1;
    const lint = await space.run('pack', 'lint', 'pack.json');
    expect(lint.status).toBe(1);
    const reported = lint.stdout.split('\n').filter((row) => row.startsWith('pack.json:'));
    expect(reported.length).toBeGreaterThan(0);
    for (const row of reported.slice(0, -1)) expect(row).toMatch(new RegExp(`^pack\\.json:${line}: (error|warning) `));
    expect(lint.stdout).toContain('in snippet "blame"');
    expect(lint.stdout).not.toContain('"refund-delay"');
  });

  it('coaches with the pack’s own avoided phrases', async () => {
    const pack = examplePack({ settings: { avoid: [{ phrase: 'thank you for waiting', severity: 'warning' }] } });
    space.write('pack.json', JSON.stringify(pack, null, 2));
    const lint = await space.run('pack', 'lint', 'pack.json');
    expect(lint.status).toBe(1);
    expect(lint.stdout).toMatch(/warning team-phrases in snippet "thanks-wait"/);
  });

  it('says what is wrong with its arguments', async () => {
    expect((await space.run('pack', 'lint')).stderr).toContain('missing pack FILE');
    expect((await space.run('pack', 'lint', 'nope.json')).stderr).toContain('no such file');
    expect((await space.run('pack', 'lint', 'x', '--fail-on', 'loud')).status).toBe(2);
    const help = await space.run('pack', 'lint', '--help');
    expect(help).toMatchObject({ status: 0 });
    expect(help.stdout).toContain('Usage: tactful pack lint FILE');
  });
});

describe('tactful pack --help', () => {
  it('lists the commands, and each command has its own help', async () => {
    const overview = await space.run('pack', '--help');
    expect(overview.status).toBe(0);
    for (const name of ['init', 'build', 'lint', 'keygen', 'sign', 'verify', 'from-zendesk']) {
      expect(overview.stdout).toContain(`  ${name} `);
      const help = await space.run('pack', name, '--help');
      expect(help.status).toBe(0);
      expect(help.stdout).toContain(`Usage: tactful pack ${name}`);
    }
    const unknown = await space.run('pack', 'publish');
    expect(unknown).toMatchObject({ status: 2 });
    expect(unknown.stderr).toContain('unknown pack command "publish"');
  });
});
