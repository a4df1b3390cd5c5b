import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryError } from './errors';
import { fieldsFromCell } from './fields';
import {
  detectFormat,
  EXPORT_VERSION,
  exportSnippets,
  importSnippets,
  MAX_IMPORT_ROWS,
  parseSnippetFile,
  snippetsToCsv,
  snippetsToJson,
} from './import-export';
import { createSnippet, getSnippet, listSnippets, recordUsage } from './repository';
import { seedStarterLibrary } from './seed';
import { failWritesWithQuota, openTestLibrary, snippetInput } from './test-support';

afterEach(() => {
  vi.restoreAllMocks();
});

function refusal(run: () => unknown): LibraryError {
  try {
    run();
  } catch (error) {
    if (error instanceof LibraryError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

const GOOD_CSV = [
  'Title,Shortcut,Body,Tags,Emotions',
  'Refund sent,refund,"Hi {{customer.firstName}}, your refund is on its way.",billing; refunds,anxious',
  'Two lines,two-lines,"First line,\nsecond line.",,',
].join('\r\n');

describe('parseSnippetFile', () => {
  it('reads CSV with any column order and case, multi-line cells, and list cells', () => {
    const file = parseSnippetFile('body;SHORTCUT;title;tags\n"Line one\nline two";x;Title X;a|b, c\n', 'csv');
    expect(file.badRows).toEqual([]);
    expect(file.rows).toEqual([
      {
        row: 2,
        input: { title: 'Title X', shortcut: 'x', body: 'Line one\nline two', tags: ['a', 'b', 'c'], emotions: [] },
      },
    ]);
  });

  it('keeps good rows and lists bad ones by spreadsheet row number with the reason', () => {
    const csv = [
      'title,shortcut,body,emotions',
      'Fine,fine,"Multi\nline body",',
      ',no-title,Body,',
      'Bad shortcut,has space,Body,',
      'Bad emotion,bad-emotion,Body,sad',
      '',
      'Placeholder,placeholder,Hi {{customer.surname}},',
      'Too big,too-big,' + 'a'.repeat(110 * 1024) + ',',
      'Again,fine,Body,',
      'Last,last,Body,',
    ].join('\n');
    const file = parseSnippetFile(csv, 'csv');
    expect(file.rows.map((row) => [row.row, row.input.shortcut])).toEqual([
      [2, 'fine'],
      [10, 'last'],
    ]);
    expect(file.badRows.map((bad) => bad.row)).toEqual([3, 4, 5, 7, 8, 9]);
    const reasons = Object.fromEntries(file.badRows.map((bad) => [bad.row, bad.reason]));
    expect(reasons[3]).toBe('Give the snippet a title.');
    expect(reasons[4]).toMatch(/^A shortcut starts with a letter or digit/);
    expect(reasons[5]).toMatch(/^Emotions must be among: angry, frustrated/);
    expect(reasons[7]).toMatch(/^Unknown placeholder \{\{customer\.surname\}\}/);
    expect(reasons[8]).toBe('The text is too long: a snippet can hold up to 100 KB.');
    expect(reasons[9]).toBe('The shortcut "fine" is also used on row 2.');
  });

  it('reports a row with extra cells, and names columns it ignores', () => {
    const file = parseSnippetFile('title,shortcut,body,notes\nA,a,Body,n\nB,b,Body,n,surprise\nC,c,Body,n,,\n', 'csv');
    expect(file.rows.map((row) => row.input.shortcut)).toEqual(['a', 'c']);
    expect(file.badRows).toEqual([{ row: 3, reason: 'The row has more cells than the header has columns.' }]);
    expect(file.ignoredColumns).toEqual(['notes']);
  });

  it('refuses a CSV file without the required columns, an empty one and one with too many rows', () => {
    expect(refusal(() => parseSnippetFile('name,text\nA,B', 'csv')).message).toMatch(
      /no "title", "shortcut", "body" column/,
    );
    expect(refusal(() => parseSnippetFile('  \n', 'csv')).message).toBe('The file is empty.');
    expect(refusal(() => parseSnippetFile('title,shortcut,body\n\n', 'csv')).message).toBe(
      'The file has no snippets in it.',
    );
    const huge = 'title,shortcut,body\n' + 'A,a,B\n'.repeat(MAX_IMPORT_ROWS + 1);
    expect(refusal(() => parseSnippetFile(huge, 'csv')).code).toBe('invalid-file');
  });

  it('reads a JSON export or a bare list, numbering entries from 1', () => {
    const exported = JSON.stringify({
      format: 'tactful-snippets',
      version: 1,
      snippets: [snippetInput(), 'not an object', { title: 'No body', shortcut: 'nb' }],
    });
    const file = parseSnippetFile(exported, 'json');
    expect(file.rows.map((row) => row.row)).toEqual([1]);
    expect(file.badRows.map((bad) => bad.row)).toEqual([2, 3]);
    expect(file.badRows[1]?.reason).toBe('The snippet needs some text.');
    expect(parseSnippetFile(JSON.stringify([snippetInput()]), 'json').rows).toHaveLength(1);
  });

  it('refuses JSON that is broken, not snippets, a backup, or from a newer export format', () => {
    expect(refusal(() => parseSnippetFile('{"title": ', 'json')).message).toMatch(/not valid JSON/);
    expect(refusal(() => parseSnippetFile('{"hello": 1}', 'json')).message).toMatch(/does not hold snippets/);
    expect(
      refusal(() => parseSnippetFile('{"format": "tactful-backup", "version": 1, "snippets": []}', 'json')).message,
    ).toMatch(/Restore from backup/);
    const newer = JSON.stringify({ format: 'tactful-snippets', version: EXPORT_VERSION + 1, snippets: [] });
    expect(refusal(() => parseSnippetFile(newer, 'json')).message).toMatch(/newer version of Tactful/);
  });

  it('detects the format from the file name, else from the content', () => {
    expect(detectFormat('[]', 'snippets.CSV')).toBe('csv');
    expect(detectFormat('title,body', 'export.json')).toBe('json');
    expect(detectFormat('\uFEFF  {"format":1}')).toBe('json');
    expect(detectFormat('title,shortcut,body')).toBe('csv');
  });
});

describe('importSnippets', () => {
  it('imports the good rows in one go and lists the bad ones', async () => {
    const { library } = await openTestLibrary();
    const report = await importSnippets(library, GOOD_CSV + '\r\nBroken,,Body,,\r\n', { fileName: 'mine.csv' });
    expect(report.added).toHaveLength(2);
    expect(report.badRows).toEqual([{ row: 4, reason: 'Give the snippet a shortcut.' }]);
    const stored = await listSnippets(library);
    expect(stored.map((snippet) => snippet.shortcut).sort()).toEqual(['refund', 'two-lines']);
    expect(stored.find((snippet) => snippet.shortcut === 'refund')).toMatchObject({
      tags: ['billing', 'refunds'],
      emotions: ['anxious'],
      packId: null,
      usageCount: 0,
    });
  });

  it("reports rows whose shortcut the library already uses, or replaces the agent's own on request", async () => {
    const { library } = await openTestLibrary();
    await seedStarterLibrary(library);
    const mine = await createSnippet(library, snippetInput({ title: 'Old refund', shortcut: 'refund' }));
    await recordUsage(library, mine.id);
    const csv = 'title,shortcut,body\nNew refund,refund,Your refund is on its way.\nStarter clash,deadline,Body\n';

    const reported = await importSnippets(library, csv, { format: 'csv' });
    expect(reported.added).toEqual([]);
    expect(reported.badRows).toEqual([
      { row: 2, reason: 'The shortcut "refund" is already used by "Old refund".' },
      { row: 3, reason: 'The shortcut "deadline" is already used by "Anxious: working to a deadline".' },
    ]);

    const replaced = await importSnippets(library, csv, { format: 'csv', onExistingShortcut: 'replace' });
    expect(replaced.replaced).toEqual([mine.id]);
    expect(replaced.badRows.map((bad) => bad.row)).toEqual([3]);
    expect(await getSnippet(library, mine.id)).toMatchObject({
      title: 'New refund',
      body: 'Your refund is on its way.',
      usageCount: 1,
    });
  });

  it('on a dry run, reports what would happen and saves nothing', async () => {
    const { library } = await openTestLibrary();
    const report = await importSnippets(library, GOOD_CSV, { format: 'csv', dryRun: true });
    expect(report).toMatchObject({ added: [], replaced: [], wouldAdd: 2, wouldReplace: 0, badRows: [] });
    expect(await listSnippets(library)).toEqual([]);
  });

  it('imports nothing when storage fails part-way', async () => {
    const { library } = await openTestLibrary();
    const existing = await createSnippet(library, snippetInput({ shortcut: 'existing' }));
    const restore = failWritesWithQuota(1);
    await expect(importSnippets(library, GOOD_CSV, { format: 'csv' })).rejects.toMatchObject({
      code: 'quota-exceeded',
    });
    restore();
    expect(await listSnippets(library)).toEqual([existing]);
  });
});

describe('export', () => {
  it("round-trips the agent's snippets through CSV and JSON", async () => {
    const { library } = await openTestLibrary();
    await seedStarterLibrary(library);
    await createSnippet(
      library,
      snippetInput({
        title: 'Commas, "quotes"',
        shortcut: 'tricky',
        body: 'Line one,\n"quoted" line two',
        tags: ['a', 'b'],
        emotions: ['angry', 'hurried'],
      }),
    );
    await createSnippet(
      library,
      snippetInput({ title: 'Plain', shortcut: 'plain', body: 'Just text.', tags: [], emotions: [] }),
    );
    const own = (await listSnippets(library)).filter((snippet) => snippet.packId === null);
    const text = (snippets: { title: string; shortcut: string; body: string; tags: string[]; emotions: string[] }[]) =>
      snippets
        .map(({ title, shortcut, body, tags, emotions }) => ({ title, shortcut, body, tags, emotions }))
        .sort((a, b) => a.title.localeCompare(b.title));

    for (const format of ['csv', 'json'] as const) {
      const file = await exportSnippets(library, format);
      const { library: other } = await openTestLibrary();
      const report = await importSnippets(other, file, { format });
      expect(report.badRows, format).toEqual([]);
      expect(text(await listSnippets(other)), format).toEqual(text(own));
    }
  });

  it('carries fill-in fields through CSV and JSON, the CSV cell written as `pack build` reads it', async () => {
    const { library } = await openTestLibrary();
    const fields = [
      { name: 'Order number' },
      { name: 'Carrier', default: 'UPS', options: ['DHL', 'UPS', 'FedEx'] },
      { name: 'Day', default: 'Friday' },
    ];
    await createSnippet(
      library,
      snippetInput({
        title: 'Shipping',
        shortcut: 'ship',
        body: 'Order {{field:Order number}} goes with {{field:Carrier}} on {{field:Day}}.',
        fields,
      }),
    );
    const csv = await exportSnippets(library, 'csv');
    const [header, row] = Papa.parse<string[]>(csv.trim()).data;
    expect(row![header!.indexOf('fields')]).toBe('Order number; Carrier=UPS|DHL|FedEx; Day=Friday');
    expect(fieldsFromCell('Order number; Carrier=UPS|DHL|FedEx; Day=Friday')).toEqual([
      { name: 'Order number' },
      { name: 'Carrier', default: 'UPS', options: ['UPS', 'DHL', 'FedEx'] },
      { name: 'Day', default: 'Friday' },
    ]);
    for (const format of ['csv', 'json'] as const) {
      const { library: other } = await openTestLibrary();
      const report = await importSnippets(other, await exportSnippets(library, format), { format });
      expect(report.badRows, format).toEqual([]);
      const [stored] = await listSnippets(other);
      // The default stays the default; in CSV a choice lists it first.
      expect(stored!.fields, format).toEqual(
        format === 'json' ? fields : [fields[0], { ...fields[1], options: ['UPS', 'DHL', 'FedEx'] }, fields[2]],
      );
    }
  });

  it('reads a fields column in a hand-written CSV, and reports a bad one by row', () => {
    const parsed = parseSnippetFile(
      'title,shortcut,body,fields\r\n' +
        'Refund,refund,"Refund {{field:Amount}} by {{field:Day}}","Amount; Day=Monday|Friday"\r\n' +
        'Single,single,"Pick {{field:X}}","X=only"\r\n' +
        'Broken,broken,"Pick {{field:Y}}","Y{z}=a"\r\n',
      'csv',
    );
    expect(parsed.rows.map((row) => row.input.fields)).toEqual([
      [{ name: 'Amount' }, { name: 'Day', default: 'Monday', options: ['Monday', 'Friday'] }],
      [{ name: 'X', default: 'only' }],
    ]);
    expect(parsed.badRows).toEqual([{ row: 4, reason: expect.stringContaining('Field names cannot contain braces') }]);
  });

  it('exports packs only when asked, or the chosen snippets', async () => {
    const { library } = await openTestLibrary();
    await seedStarterLibrary(library);
    const mine = await createSnippet(library, snippetInput());
    expect(JSON.parse(await exportSnippets(library, 'json')).snippets).toHaveLength(1);
    expect(JSON.parse(await exportSnippets(library, 'json', { includePacks: true })).snippets.length).toBeGreaterThan(
      40,
    );
    expect(
      Papa.parse(await exportSnippets(library, 'csv', { ids: [mine.id, 'tactful-starter:reference'] }), {
        skipEmptyLines: true,
      }).data,
    ).toHaveLength(2);
  });

  it('writes cells that a spreadsheet would run as formulas as text, and reads them back unchanged', () => {
    const risky = {
      ...snippetInput(),
      title: '=HYPERLINK("http://x")',
      shortcut: 'risky',
      body: '+1 for this\n=2+2',
      id: 'r',
      packId: null,
      createdAt: 0,
      updatedAt: 0,
      usageCount: 0,
      lastUsedAt: null,
    };
    const csv = snippetsToCsv([{ ...risky, tags: [], emotions: [] }]);
    const cells = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data[1]!;
    expect(cells[0]).toBe('\'=HYPERLINK("http://x")');
    expect(cells[2]).toBe("'+1 for this\n=2+2");
    const [row] = parseSnippetFile(csv, 'csv').rows;
    expect(row?.input).toMatchObject({ title: '=HYPERLINK("http://x")', body: '+1 for this\n=2+2' });
  });

  it('labels JSON exports with their format and version', () => {
    const json = JSON.parse(snippetsToJson([], Date.UTC(2025, 0, 1)));
    expect(json).toEqual({
      format: 'tactful-snippets',
      version: EXPORT_VERSION,
      exportedAt: '2025-01-01T00:00:00.000Z',
      snippets: [],
    });
  });
});
