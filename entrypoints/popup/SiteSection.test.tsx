// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { sendMessage } from '@/lib/messaging/protocol';
import { SiteSection } from './SiteSection';

vi.mock('@/lib/messaging/protocol', () => ({ sendMessage: vi.fn() }));
const ask = vi.mocked(sendMessage);

const ZENDESK_AGENT = 'https://*.zendesk.com/agent/*';

/**
 * The browser's permissions as the popup sees them: the origins granted, and how the agent answers
 * the browser's prompt. Removing access succeeds unless `keepsAccess`.
 */
function browserWith({ granted = [] as string[], allows = true, keepsAccess = false } = {}) {
  const origins = new Set(granted);
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    content_scripts: [{ matches: [ZENDESK_AGENT], js: [] }],
  } as never);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (asked) =>
    (asked.origins ?? []).every((origin) => origins.has(origin) || origins.has('<all_urls>')),
  );
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({ origins: [...origins] }));
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async (asked) => {
    if (allows) for (const origin of asked.origins ?? []) origins.add(origin);
    return allows;
  });
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async (removed) => {
    if (keepsAccess) return false;
    for (const origin of removed.origins ?? []) origins.delete(origin);
    return true;
  });
  ask.mockResolvedValue({} as never);
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  ask.mockReset();
});

const section = () => document.querySelector<HTMLElement>('[aria-labelledby="site-heading"]')!;
const heading = () => document.getElementById('site-heading')?.textContent;
const explanation = () => section().querySelector('.muted')?.textContent;
const outcome = () => screen.getByRole('status').textContent;
const siteSwitch = () => screen.getByRole('switch', { name: 'Coach on this site' });

describe('SiteSection', () => {
  it('explains that coaching needs a web page when there is no tab to act on', async () => {
    browserWith();
    render(<SiteSection tab={null} />);
    await waitFor(() =>
      expect(explanation()).toBe(
        'Tactful coaches replies on web pages. Open your help desk in this tab, then open Tactful again.',
      ),
    );
    expect(heading()).toBe('This page');
  });

  it('says it is checking the page until the browser answers', () => {
    browserWith();
    render(<SiteSection tab={{ id: 1, url: 'https://help.example.com/tickets/7' }} />);
    expect(explanation()).toBe('Checking this page…');
    expect(section().getAttribute('aria-busy')).toBe('true');
  });

  it('turns coaching on for a site the browser allows, naming the site', async () => {
    browserWith();
    render(<SiteSection tab={{ id: 1, url: 'https://help.example.com/tickets/7' }} />);
    await waitFor(() => expect(heading()).toBe('help.example.com'));
    expect(section().getAttribute('aria-busy')).toBe('false');
    expect(siteSwitch().getAttribute('aria-checked')).toBe('false');
    expect(explanation()).toBe(
      'Off. Turning it on asks your browser to let Tactful run on help.example.com, and nowhere else.',
    );

    fireEvent.click(siteSwitch());
    await waitFor(() =>
      expect(outcome()).toBe('On. Coaching starts in this tab now and on every page of help.example.com.'),
    );
    expect(ask).toHaveBeenCalledWith('sites.sync');
    expect(siteSwitch().getAttribute('aria-checked')).toBe('true');
    expect(explanation()).toBe('Tactful coaches replies on every page of help.example.com.');
  });

  it('stays off when the agent declines the browser prompt', async () => {
    browserWith({ allows: false });
    render(<SiteSection tab={{ id: 1, url: 'https://help.example.com/' }} />);
    await waitFor(() => expect(siteSwitch().getAttribute('aria-disabled')).toBe('false'));
    fireEvent.click(siteSwitch());
    await waitFor(() => expect(outcome()).toBe('Your browser did not allow it, so Tactful stays off here.'));
    expect(ask).not.toHaveBeenCalled();
  });

  it('turns coaching off for a site', async () => {
    browserWith({ granted: ['https://help.example.com/*'] });
    render(<SiteSection tab={{ id: 1, url: 'https://help.example.com/' }} />);
    await waitFor(() => expect(siteSwitch().getAttribute('aria-checked')).toBe('true'));
    fireEvent.click(siteSwitch());
    await waitFor(() =>
      expect(outcome()).toBe('Off. Pages of help.example.com you open or reload from now on are not coached.'),
    );
    expect(ask).toHaveBeenCalledWith('sites.sync');
    expect(siteSwitch().getAttribute('aria-checked')).toBe('false');
  });

  it('says so when the browser keeps the access it was asked to remove', async () => {
    browserWith({ granted: ['https://help.example.com/*'], keepsAccess: true });
    render(<SiteSection tab={{ id: 1, url: 'https://help.example.com/' }} />);
    await waitFor(() => expect(siteSwitch().getAttribute('aria-checked')).toBe('true'));
    fireEvent.click(siteSwitch());
    await waitFor(() => expect(outcome()).toBe('Your browser kept the access, so Tactful still coaches here.'));
    expect(siteSwitch().getAttribute('aria-checked')).toBe('true');
  });

  it('points to the browser settings when a wider grant covers the site', async () => {
    browserWith({ granted: ['<all_urls>'] });
    render(<SiteSection tab={{ id: 1, url: 'https://help.example.com/' }} />);
    await waitFor(() => expect(siteSwitch().getAttribute('aria-disabled')).toBe('true'));
    expect(explanation()).toBe(
      "Allowed by a wider grant in your browser's settings for Tactful (all sites, for example); change it there.",
    );
  });

  it('offers to allow a built-in help desk the browser holds back, then asks for a reload', async () => {
    browserWith();
    render(<SiteSection tab={{ id: 1, url: 'https://acme.zendesk.com/agent/tickets/1' }} />);
    await waitFor(() =>
      expect(explanation()).toBe('Built in, but your browser has not let Tactful run on acme.zendesk.com yet.'),
    );
    expect(document.getElementById('site-switch')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Allow on acme.zendesk.com' }));
    await waitFor(() => expect(outcome()).toBe('Allowed. Reload the page to start coaching on acme.zendesk.com.'));
    expect(explanation()).toBe('Built in: Tactful always coaches replies here.');
    expect(screen.queryByRole('button', { name: 'Allow on acme.zendesk.com' })).toBeNull();
  });

  it("leaves other pages of a built-in help desk's site to the built-in scripts", async () => {
    browserWith();
    render(<SiteSection tab={{ id: 1, url: 'https://acme.zendesk.com/hc/en-us' }} />);
    await waitFor(() =>
      expect(explanation()).toBe(
        'Tactful coaches the help desk pages of acme.zendesk.com on its own. This page is not one of them.',
      ),
    );
    expect(document.getElementById('site-switch')).toBeNull();
  });

  it("reports the browser's error when the page's access cannot be read", async () => {
    browserWith();
    vi.mocked(fakeBrowser.permissions.contains).mockRejectedValue(new Error('Permissions are unavailable'));
    render(<SiteSection tab={{ id: 1, url: 'https://help.example.com/' }} />);
    await waitFor(() => expect(outcome()).toBe('Tactful could not change this: Permissions are unavailable'));
    expect(heading()).toBe('This page');
  });
});
