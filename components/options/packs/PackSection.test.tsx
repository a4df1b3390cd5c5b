// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSnippet, seedStarterLibrary, type Library } from '@/lib/library';
import { openTestLibrary, snippetInput } from '@/lib/library/test-support';
import { examplePack, trainerKeys } from '@/lib/packs/test-support';
import { dumpLibrary, packText } from '@/lib/packs/install-test-support';
import type { Pack } from '@/lib/packs/format';
import { OptionsContext, type OptionsServices } from '../context';
import { PackSection } from './PackSection';
import { useLiveQuery } from '../hooks';
import { readSettings } from '@/lib/library';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Section() {
  const settings = useLiveQuery(() => readSettings(services!.library), [services!.library]);
  return settings.value ? <PackSection settings={settings.value} /> : null;
}

let services: OptionsServices | null = null;

async function renderPacks(prepare?: (library: Library) => Promise<void>) {
  const { library } = await openTestLibrary();
  await seedStarterLibrary(library);
  await prepare?.(library);
  services = { library, status: library.status, announceChange: vi.fn(), saveFile: vi.fn() };
  render(
    <OptionsContext.Provider value={services}>
      <Section />
    </OptionsContext.Provider>,
  );
  await screen.findByText('Tactful starter snippets');
  return { library, announceChange: services.announceChange as ReturnType<typeof vi.fn> };
}

function packFile(pack: Pack | string, name = 'acme.json'): File {
  return new File([typeof pack === 'string' ? pack : packText(pack)], name, { type: 'application/json' });
}

function chooseFile(file: File) {
  const input = screen.getByLabelText('Choose a pack file (.json)');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const htmlPack = examplePack({
  snippets: [
    {
      id: 'html',
      title: 'Markup <b>title</b>',
      body: 'Hi <script>window.ran = 1</script><img src=x>',
      shortcut: 'html',
    },
  ],
});

describe('the Packs section', () => {
  it('imports a pack chosen with the picker and lists it, its snippets shown as text', async () => {
    const { announceChange } = await renderPacks();
    chooseFile(packFile(htmlPack));
    expect((await screen.findByRole('status')).textContent).toBe('Installed “Acme support” 1.0.0: 1 snippets.');
    const card = (await screen.findByText('Acme support')).closest('li')!;
    expect(card.textContent).toContain('Version 1.0.0 by Acme training team');
    expect(card.textContent).toContain('From the file acme.json');
    expect(card.textContent).toContain('Not signed');
    const details = card.querySelector('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    await within(card).findByText('Markup <b>title</b>');
    expect(within(card).getByText('Hi <script>window.ran = 1</script><img src=x>')).toBeTruthy();
    expect(card.querySelector('script, img, b')).toBeNull();
    expect(announceChange).toHaveBeenCalledWith({ kind: 'settings', keys: ['packs'] });
    expect(within(screen.getByText('Tactful starter snippets').closest('li')!).queryByText('Remove pack')).toBeNull();
  });

  it('imports a dropped pack file', async () => {
    await renderPacks();
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [packFile(examplePack())] } });
    fireEvent(screen.getByTestId('pack-drop-zone'), drop);
    expect(drop.defaultPrevented).toBe(true);
    expect((await screen.findByRole('status')).textContent).toContain('Installed “Acme support” 1.0.0');
  });

  it('refuses a bad pack in one line plus each problem with its path, changing nothing', async () => {
    const { library } = await renderPacks();
    const before = await dumpLibrary(library);
    chooseFile(packFile({ ...examplePack(), name: 42 } as unknown as Pack, 'broken.json'));
    expect((await screen.findByRole('alert')).textContent).toBe('broken.json was not imported; nothing changed.');
    expect(screen.getByTestId('pack-refused').textContent).toContain('At name');
    expect(await dumpLibrary(library)).toBe(before);
  });

  it('says which file it is installing while it reads and checks it, the picker disabled meanwhile', async () => {
    await renderPacks();
    const file = packFile(examplePack());
    const bytes = await file.arrayBuffer();
    let release = () => {};
    Object.defineProperty(file, 'arrayBuffer', {
      value: () => new Promise<ArrayBuffer>((resolve) => (release = () => resolve(bytes))),
    });
    chooseFile(file);
    expect(await screen.findByText('Installing acme.json…')).toBeTruthy();
    expect((screen.getByLabelText('Choose a pack file (.json)') as HTMLInputElement).disabled).toBe(true);
    release();
    expect((await screen.findByRole('status')).textContent).toMatch(/^Installed “Acme support” 1\.0\.0/);
    expect(screen.queryByText('Installing acme.json…')).toBeNull();
  });

  it('offers to force an older version', async () => {
    await renderPacks(async (library) => {
      const { installPack } = await import('@/lib/packs/install');
      await installPack(library, packText(examplePack({ version: '2.0.0' })), {
        source: { kind: 'file', fileName: 'acme.json' },
        trustedKeys: [],
        requireSignature: false,
      });
    });
    chooseFile(packFile(examplePack()));
    await screen.findByRole('alert');
    fireEvent.click(screen.getByText('Install this version anyway'));
    await waitFor(() => expect(screen.getByText('Version 1.0.0 by Acme training team')).toBeTruthy());
  });

  it('shows a shortcut clash until the agent chooses, and removes a pack', async () => {
    await renderPacks((library) =>
      createSnippet(library, snippetInput({ title: 'My thanks', shortcut: 'thanks-wait' })).then(() => {}),
    );
    chooseFile(packFile(examplePack()));
    const clash = await screen.findByText(
      /“Thanks for waiting” from the pack wants ;;thanks-wait, which “My thanks” uses/,
    );
    expect(clash.textContent).toContain(';;thanks-wait-2');
    fireEvent.click(screen.getByText('Keep mine'));
    await waitFor(() => expect(screen.queryByText('Keep mine')).toBeNull());
    fireEvent.click(within(screen.getByText('Acme support').closest('li')!).getByText('Remove pack'));
    await screen.findByText('Removed “Acme support” and its snippets. Your own copies stay.');
    await waitFor(() => expect(screen.queryByText('Version 1.0.0 by Acme training team')).toBeNull());
  });

  it('keeps trusted keys, refusing what is not a key, and verifies packs they signed', async () => {
    await renderPacks();
    const keys = trainerKeys();
    const field = screen.getByLabelText('Public key');
    fireEvent.input(field, { target: { value: 'not a key' } });
    fireEvent.click(screen.getByText('Trust this key'));
    expect((await screen.findByRole('alert')).textContent).toContain('not an Ed25519 public key');
    fireEvent.input(field, { target: { value: keys.publicKey } });
    fireEvent.click(screen.getByText('Trust this key'));
    await screen.findByText(keys.publicKey);
    chooseFile(packFile(keys.sign(packText(examplePack()))));
    await screen.findByText('Signed by a trusted key');
    fireEvent.click(within(screen.getByText(keys.publicKey).closest('li')!).getByText('Remove'));
    await screen.findByText('No trusted keys yet.');
  });
});
