// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { sendMessage } from '@/lib/messaging/protocol';
import { SiteSettings } from './SiteSettings';

vi.mock('@/lib/messaging/protocol', () => ({ sendMessage: vi.fn() }));
const ask = vi.mocked(sendMessage);

type PermissionsListener = (permissions: { origins?: string[] }) => void;

/**
 * The browser as the options page sees it: the manifest's content scripts, the granted origins
 * (Chrome also reports the static hosts' path-limited patterns), how the agent answers the prompt,
 * and the permission events, which fire for every change as the browsers' do.
 */
function browserWith({ granted = [] as string[], allows = true, keepsAccess = false } = {}) {
  const origins = new Set(granted);
  const listeners = { added: new Set<PermissionsListener>(), removed: new Set<PermissionsListener>() };
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    content_scripts: [
      { matches: ['https://*.zendesk.com/agent/*', 'http://localhost/zendesk/*'], js: [] },
      { matches: ['https://mail.google.com/*'], js: [] },
      { matches: ['https://*.zendesk.com/agent/*'], js: [], world: 'MAIN' },
    ],
  } as never);
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({ origins: [...origins] }));
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async (asked) => {
    if (!allows) return false;
    for (const origin of asked.origins ?? []) origins.add(origin);
    for (const listener of listeners.added) listener({ origins: asked.origins });
    return true;
  });
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async (removed) => {
    if (keepsAccess) return false;
    for (const origin of removed.origins ?? []) origins.delete(origin);
    for (const listener of listeners.removed) listener({ origins: removed.origins });
    return true;
  });
  for (const [event, set] of [
    [fakeBrowser.permissions.onAdded, listeners.added],
    [fakeBrowser.permissions.onRemoved, listeners.removed],
  ] as const) {
    vi.spyOn(event, 'addListener').mockImplementation((listener) => void set.add(listener as PermissionsListener));
    vi.spyOn(event, 'removeListener').mockImplementation(
      (listener) => void set.delete(listener as PermissionsListener),
    );
  }
  ask.mockResolvedValue({ sites: [] } as never);
  openListeners = listeners;
  return {
    listeners,
    /** A change made elsewhere (the popup, the browser's settings), announced as the browser does. */
    grantElsewhere(origin: string) {
      origins.add(origin);
      for (const listener of listeners.added) listener({ origins: [origin] });
    },
    revokeElsewhere(origin: string) {
      origins.delete(origin);
      for (const listener of listeners.removed) listener({ origins: [origin] });
    },
  };
}

/** The listeners of the current test's browser, so they are seen gone before its fakes are. */
let openListeners: { added: Set<PermissionsListener>; removed: Set<PermissionsListener> } | undefined;

afterEach(async () => {
  cleanup();
  // Preact runs an unmounted component's effect cleanups after the next paint.
  await waitFor(() => expect((openListeners?.added.size ?? 0) + (openListeners?.removed.size ?? 0)).toBe(0));
  openListeners = undefined;
  vi.restoreAllMocks();
  ask.mockReset();
});

const enabledList = () => screen.queryByRole('list', { name: 'Turned on by you' });
const enabledHosts = () => [...(enabledList()?.querySelectorAll('li code') ?? [])].map((code) => code.textContent);
const addressField = () => screen.getByLabelText('Help desk address');
const addButton = () => screen.getByRole('button', { name: 'Add site' });
const status = () => screen.getAllByRole('status').at(-1)?.textContent;

function typeAddress(value: string) {
  fireEvent.input(addressField(), { target: { value } });
}

describe('SiteSettings', () => {
  it('lists the built-in help desks as always on, once a host, with the pages they cover', async () => {
    browserWith();
    render(<SiteSettings />);
    const builtIn = screen.getByRole('list', { name: 'Built in' });
    const rows = within(builtIn).getAllByRole('listitem');
    expect(rows.map((row) => row.querySelector('code')?.textContent)).toEqual([
      '*.zendesk.com',
      'localhost',
      'mail.google.com',
    ]);
    expect(rows[0]!.textContent).toContain('Zendesk');
    expect(rows[0]!.textContent).toContain('Always on');
    expect(rows[0]!.textContent).toContain('Pages: /agent/*');
    expect(rows[2]!.textContent).toContain('Gmail');
    expect(builtIn.getAttribute('aria-describedby')).toBe('sites-built-in-hint');
    expect(document.getElementById('sites-built-in-hint')?.textContent).toContain('Firefox asks you to allow each one');
    await waitFor(() => expect(screen.getByText(/No other sites yet/)).toBeTruthy());
  });

  it('lists the sites the agent turned on, leaving out the grants that are not whole sites or are built in', async () => {
    browserWith({
      granted: [
        'https://help.example.com/*',
        'https://*.zendesk.com/agent/*',
        'https://*.zendesk.com/*',
        'http://desk.localhost/*',
        'https://mail.google.com/*',
      ],
    });
    render(<SiteSettings />);
    await waitFor(() => expect(enabledHosts()).toEqual(['desk.localhost', 'help.example.com']));
    expect(screen.getByRole('button', { name: 'Turn off help.example.com' })).toBeTruthy();
  });

  it('says it is checking until the browser answers', () => {
    browserWith();
    render(<SiteSettings />);
    expect(screen.getByText('Checking which sites Tactful may run on…')).toBeTruthy();
  });

  it('turns a site off: the permission goes back to the browser and the background re-syncs', async () => {
    browserWith({ granted: ['https://help.example.com/*', 'https://other.example.org/*'] });
    render(<SiteSettings />);
    fireEvent.click(await screen.findByRole('button', { name: 'Turn off help.example.com' }));
    await waitFor(() =>
      expect(status()).toBe('Off. Pages of help.example.com you open or reload from now on are not coached.'),
    );
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://help.example.com/*'] });
    expect(ask).toHaveBeenCalledWith('sites.sync');
    expect(enabledHosts()).toEqual(['other.example.org']);
  });

  it('says so, and asks for no sync, when the browser keeps the access', async () => {
    browserWith({ granted: ['https://help.example.com/*'], keepsAccess: true });
    render(<SiteSettings />);
    fireEvent.click(await screen.findByRole('button', { name: 'Turn off help.example.com' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Your browser kept the access to help.example.com, so Tactful still coaches there.',
    );
    expect(ask).not.toHaveBeenCalled();
    expect(enabledHosts()).toEqual(['help.example.com']);
  });

  it.each([
    ['desk.example.com', 'https://desk.example.com/*'],
    ['  https://desk.example.com/agent/tickets/7?x=1 ', 'https://desk.example.com/*'],
    ['http://desk.localhost:5170/other-desk/', 'http://desk.localhost/*'],
    ['*.example.com', 'https://*.example.com/*'],
  ])('adds the site for "%s" from the click: asks the browser for %s, then syncs', async (typed, pattern) => {
    browserWith();
    render(<SiteSettings />);
    await screen.findByText(/No other sites yet/);
    typeAddress(typed);
    fireEvent.click(addButton());
    // Asked during the click itself, before anything was awaited.
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: [pattern] });
    const host = pattern.replace(/^[^:]+:\/\/([^/]+)\/\*$/, '$1');
    await waitFor(() =>
      expect(status()).toBe(`On. Tactful coaches every page of ${host}, starting with the ones already open.`),
    );
    expect(ask).toHaveBeenCalledWith('sites.sync');
    expect(enabledHosts()).toEqual([host]);
    expect((addressField() as HTMLInputElement).value).toBe('');
  });

  it('adds a site when Enter is pressed in the address field', async () => {
    browserWith();
    render(<SiteSettings />);
    await screen.findByText(/No other sites yet/);
    typeAddress('desk.example.com');
    fireEvent.submit(addressField().closest('form')!);
    await waitFor(() => expect(enabledHosts()).toEqual(['desk.example.com']));
  });

  it.each([
    ['', 'Type the address of your help desk, such as desk.example.com.'],
    ['ftp://files.example.com', 'Only web addresses can be added: ones starting with https:// or http://.'],
    ['javascript:alert(1)', 'Only web addresses can be added: ones starting with https:// or http://.'],
    ['not an address', "That is not a site's address. Type a host name such as desk.example.com, or an IP address."],
    ['zendesk', "That is not a site's address. Type a host name such as desk.example.com, or an IP address."],
    [
      'desk.example.com*',
      'A * can only stand for subdomains, at the very start: *.example.com. Tactful does not ask for every site.',
    ],
    [
      'https://*/',
      'A * can only stand for subdomains, at the very start: *.example.com. Tactful does not ask for every site.',
    ],
    ['acme.zendesk.com', "Tactful already looks after this help desk's site on its own (see Built in above)."],
  ])('refuses "%s" with a message, without asking the browser', async (typed, message) => {
    browserWith();
    render(<SiteSettings />);
    await screen.findByText(/No other sites yet/);
    typeAddress(typed);
    fireEvent.click(addButton());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(message);
    expect(addressField().getAttribute('aria-invalid')).toBe('true');
    expect(addressField().getAttribute('aria-describedby')).toContain(alert.id);
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
    // Typing again clears the complaint.
    typeAddress('desk.example.com');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps the site off, and the address typed, when the agent declines the prompt', async () => {
    browserWith({ allows: false });
    render(<SiteSettings />);
    await screen.findByText(/No other sites yet/);
    typeAddress('desk.example.com');
    fireEvent.click(addButton());
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Your browser did not allow it, so Tactful stays off on desk.example.com.',
    );
    expect(ask).not.toHaveBeenCalled();
    expect(enabledList()).toBeNull();
    expect((addressField() as HTMLInputElement).value).toBe('desk.example.com');
  });

  it('says a site is already on rather than asking again', async () => {
    browserWith({ granted: ['https://desk.example.com/*'] });
    render(<SiteSettings />);
    await waitFor(() => expect(enabledHosts()).toEqual(['desk.example.com']));
    typeAddress('https://desk.example.com/help');
    fireEvent.click(addButton());
    await waitFor(() => expect(status()).toBe('desk.example.com is already on.'));
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
  });

  it('follows sites turned on or taken away elsewhere, and stops listening when it goes away', async () => {
    const browser = browserWith({ granted: ['https://help.example.com/*'] });
    const { unmount } = render(<SiteSettings />);
    await waitFor(() => expect(enabledHosts()).toEqual(['help.example.com']));
    browser.grantElsewhere('https://desk.example.com/*');
    await waitFor(() => expect(enabledHosts()).toEqual(['desk.example.com', 'help.example.com']));
    browser.revokeElsewhere('https://help.example.com/*');
    await waitFor(() => expect(enabledHosts()).toEqual(['desk.example.com']));
    browser.revokeElsewhere('https://desk.example.com/*');
    await screen.findByText(/No other sites yet/);
    expect(browser.listeners.added.size).toBe(1);
    expect(browser.listeners.removed.size).toBe(1);
    unmount();
    await waitFor(() => expect(browser.listeners.added.size + browser.listeners.removed.size).toBe(0));
  });

  it("reports the browser's error when the granted sites cannot be read", async () => {
    browserWith();
    vi.mocked(fakeBrowser.permissions.getAll).mockRejectedValue(new Error('Permissions are unavailable'));
    render(<SiteSettings />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Tactful could not read which sites it may run on: Permissions are unavailable',
    );
  });

  it("reports the browser's error when a change fails", async () => {
    browserWith({ granted: ['https://help.example.com/*'] });
    vi.mocked(fakeBrowser.permissions.remove).mockRejectedValue(new Error('Permission is required'));
    render(<SiteSettings />);
    fireEvent.click(await screen.findByRole('button', { name: 'Turn off help.example.com' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Tactful could not change this: Permission is required',
    );
    expect(ask).not.toHaveBeenCalled();
  });
});
