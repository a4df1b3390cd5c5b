// Firefox preferences for automated runs: nothing reaches the network on Firefox's own account,
// and the extension runs where its content scripts are declared.

/** Preferences that keep Firefox from reaching the network on its own during tests. */
export const FIREFOX_QUIET_PREFS: Readonly<Record<string, unknown>> = {
  // Telemetry and data reporting.
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': 'data:,',
  'toolkit.telemetry.newProfilePing.enabled': false,
  'toolkit.telemetry.shutdownPingSender.enabled': false,
  'toolkit.telemetry.firstShutdownPing.enabled': false,
  'toolkit.telemetry.updatePing.enabled': false,
  'toolkit.telemetry.bhrPing.enabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.usage.uploadEnabled': false,
  'browser.ping-centre.telemetry': false,
  'browser.tabs.crashReporting.sendReport': false,
  'breakpad.reportURL': '',
  // Studies, experiments and remote settings (Normandy, Nimbus, blocklists, CRLite).
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  // Release builds ignore this override unless MOZ_REMOTE_SETTINGS_DEVTOOLS=1 is in the
  // environment (see launchFirefox); without both, Firefox polls firefox.settings.services.mozilla.com.
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'extensions.blocklist.enabled': false,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  'security.OCSP.enabled': 0,
  // Application, add-on and plugin updates.
  'app.update.auto': false,
  'app.update.disabledForTesting': true,
  'app.update.checkInstallTime': false,
  'extensions.update.enabled': false,
  'extensions.update.autoUpdateDefault': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.systemAddon.update.url': '',
  'extensions.getAddons.cache.enabled': false,
  'extensions.getAddons.discovery.api_url': 'data:,',
  'browser.discovery.enabled': false,
  'media.gmp-manager.updateEnabled': false,
  'media.gmp-manager.url': 'data:,',
  'media.gmp-gmpopenh264.enabled': false,
  'browser.search.update': false,
  // Connectivity probes, push, DNS-over-HTTPS, region and geolocation lookups.
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'captivedetect.canonicalURL': '',
  'dom.push.enabled': false,
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  'network.trr.mode': 5,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'geo.provider.network.url': '',
  'network.sntp.pools': '',
  // Speculative connections and prefetching.
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
  'browser.urlbar.speculativeConnect.enabled': false,
  'browser.places.speculativeConnect.enabled': false,
  'browser.urlbar.suggest.searches': false,
  // Safe Browsing list downloads.
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  // New tab content, sponsored tiles, translations and local AI models all fetch on their own.
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.newtabpage.activity-stream.showSponsored': false,
  'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
  'browser.newtabpage.activity-stream.default.sites': '',
  'browser.topsites.contile.enabled': false,
  'browser.translations.enable': false,
  'browser.translations.automaticallyPopup': false,
  'browser.ml.enable': false,
  'extensions.abuseReport.enabled': false,
  'identity.fxaccounts.enabled': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.aboutwelcome.enabled': false,
};

/**
 * Firefox treats an MV3 extension's host permissions (content script matches included) as
 * optional. `extensions.originControls.grantByDefault` (true in ESR 153) grants them when the
 * extension is installed, temporary installs included; pinning it keeps a changed default or
 * enterprise policy from silently stopping our content scripts. Verified: with it set to false
 * the content script does not run on the demo pages.
 */
export const FIREFOX_EXTENSION_PREFS: Readonly<Record<string, unknown>> = {
  'extensions.originControls.grantByDefault': true,
  'extensions.manifestV3.enabled': true,
  'xpinstall.signatures.required': false,
  // The remote agent's own recommended prefs are applied only after startup; ours are in place from
  // the first network request.
  'remote.prefs.recommended': true,
};

export function firefoxProxyPrefs(proxyPort: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    // Loopback stays direct (Firefox's default), so the demo server is reached without the sentry.
    'network.proxy.allow_hijacking_localhost': false,
    'network.proxy.socks_remote_dns': true,
  };
}
