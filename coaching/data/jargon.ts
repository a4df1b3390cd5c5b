export interface JargonEntry {
  pattern: string;
  /** Everyday words that can replace the term. */
  plain?: string;
  /** A short explanation to keep the term and teach it: "DNS (the internet's address book)". */
  explanation?: string;
}

/** Terms are written as calls rather than object literals: the list is long and ships in the bundle. */
function term(pattern: string, plain?: string, explanation?: string): JargonEntry {
  return { pattern, plain, explanation };
}

// Technical terms a non-technical customer is unlikely to know, each with plain words or the
// term plus a short explanation. Acronyms most people know (PDF, USB, Wi-Fi, IT) are not here.

export const JARGON_TERMS: readonly JargonEntry[] = [
  term('flush(?:ing)? (?:the |your )?DNS(?: resolver)? cache', "clear your computer's saved list of website addresses"),
  term('flush(?:ing)? (?:the |your )?cache', 'clear the saved copies of pages'),
  term('purg(?:e|ing) (?:the |your )?cache', 'clear the saved copies of pages'),
  term('DNS propagation', 'the change spreading across the internet (this can take up to a day)'),
  term(
    'DNS(?: record| records| settings| server| servers)?',
    undefined,
    "the internet's address book, which turns a website name into a server address",
  ),
  term('DHCP(?: server| lease)?', undefined, 'the setting that gives each device its network address automatically'),
  term('(?:SSL|TLS) (?:handshake|negotiation)', 'secure connection setup'),
  term('(?:SSL|TLS) certificate chain', 'security certificate'),
  term('TLS', undefined, 'the encryption that keeps the connection private'),
  term('SMTP(?: relay| server| settings| auth(?:entication)?)?', 'outgoing mail server'),
  term('(?:IMAP|POP3)(?: server| settings)?', 'incoming mail settings'),
  term('registry (?:key|keys|entry|entries|value|editor|hive)', 'a Windows system setting'),
  term('TTL', undefined, 'how long other systems keep using the old setting'),
  term('(?:MX|CNAME|TXT|SPF|DKIM|DMARC|AAAA|PTR|SRV) records?', 'domain setting'),
  term('(?:DKIM|DMARC)', 'email authentication setting'),
  term('subnet(?: mask)?', 'network range'),
  term('proxy(?: server| settings)?', undefined, 'a server that passes your traffic along'),
  term('port forwarding', 'opening a connection on your router'),
  term('firewall rules?', 'firewall setting'),
  term('SSO', 'single sign-on', 'one login for all your work apps'),
  term('(?:SAML|OAuth(?: ?2(?:\\.0)?)?|OIDC|LDAP|Kerberos)', 'company login system'),
  term('(?:API endpoint|endpoint)s?', 'web address'),
  term('latency', 'delay'),
  term('packet loss', 'dropped data'),
  term('traceroute', 'network route test'),
  term('hard (?:refresh|reload)', 'full reload (Ctrl+Shift+R)'),
  term('(?:the )?(?:backend|back-end|back end)', 'our systems'),
  term('hotfix(?:es)?', 'quick fix'),
  term('(?:rollback|roll back|rolled back)', 'undo'),
  term('(?:deployed|deployment|deploying)', 'released'),
  term('regression', 'bug that came back'),
  term('repro(?:duced|ducible)?(?= )', 'reproduce'),
  term('stack ?trace', 'error details'),
  term('payload', 'data'),
  term('deprecated', 'no longer supported'),
  term('localhost', 'your own computer'),
  term('(?:L[123]|tier[- ][123]|level[- ][123])(?: support| team| engineers?)?', 'our specialist team'),
  term('SLA', 'our agreed response time'),
  term('(?:race condition|memory leak|null pointer(?: exception)?|segfault|kernel panic)', 'software bug'),
  term('(?:HTTP )?(?:500|502|503|504)s?(?: (?:error|status|response)s?)', 'error on our servers'),
  term('(?:HTTP )?(?:401|403)s?(?: (?:error|status|response)s?)?', 'access error'),
  term('(?:HTTP )?404(?: (?:error|status|page))?', 'page-not-found error'),
  term('(?:CLI|SSH|VLAN|NAT|MAC address|static IP)', 'technical setting'),
  term('(?:refresh|access|bearer|auth|session|API) tokens?', 'login session'),
  term('(?:cache invalidation|CDN)', 'saved copies of our pages'),
  term('sync(?:hroni[sz]ation)? conflict', 'two versions of the same file'),

  // Home internet, Wi-Fi and phone lines.
  term('SNR(?: margin)?(?: drops?)?', 'signal quality'),
  term('DSLAM(?: port)?', 'equipment at the exchange'),
  term('(?:line |port )?re-?sync', 'reset of your line'),
  term('ONT', undefined, 'the box where the fibre enters your home'),
  term('power[- ]cycl(?:e|ing)', 'switch off and on again'),
  term('(?:default gateway|gateway (?:address|IP))', "router's address"),
  term('(?:ipconfig|ifconfig|nslookup|netstat|tracert)(?: /[\\p{L}]+)?', 'a network test command'),
  term('SMB(?: share| traffic)?', 'file sharing'),
  term('FQDN', 'full server name'),
  term('split[- ]tunnel(?:l?ing)?', 'VPN routing setting'),
  term('WPA[23]?(?:-PSK)?(?: key| passphrase)?', 'Wi-Fi password'),
  term('SSID', undefined, 'the name of your Wi-Fi network'),
  term('firmware', undefined, 'the software built into the device'),
  // Mobile.
  term('APN(?: settings)?', 'mobile data settings'),
  term('(?:port(?:ing)? (?:your|a|the) number|number port(?:ing)?)', 'move your number'),
  term('(?:PAC|STAC)(?: code)?', undefined, 'the code for keeping your number'),
  term('IMEI(?: number)?', undefined, "your phone's serial number"),
  // Browsers, apps and integrations.
  term('service workers?', "the app's saved copy in your browser"),
  term(
    '(?:DevTools|dev tools|developer tools|developer console|JS console)',
    undefined,
    "your browser's technical panel",
  ),
  term('(?:local ?storage|session storage|IndexedDB)', 'data your browser has saved'),
  term('clear(?:ing)? (?:the |your )?(?:browser )?cache', "clear your browser's saved files"),
  term('webhooks?', 'notification to your other app'),
  term(
    'API(?: keys?| calls?| requests?| limits?| rate limits?| endpoints?)?',
    undefined,
    'how other apps connect to ours',
  ),
  term('rate[- ]limit(?:s|ed|ing)?', 'temporarily limited'),
  term('re-?authenticat(?:e|ing)', 'sign in again'),
  // Travel bookings.
  term('PNR', undefined, 'your booking reference'),
  term('GDS', 'airline booking system'),
  term('fare (?:basis(?: code)?|bucket|class code)', 'fare type'),
  term('ancillar(?:y|ies)(?: services)?', 'extras'),
  // Orders and delivery.
  term('(?:ATP|available[- ]to[- ]promise)', 'available stock'),
  term('(?:the|our|at) DC', 'our warehouse'),
  term('inbound (?:PO|purchase order|shipment|stock)', 'next delivery from our supplier'),
  term('RMA(?: number)?', 'return number'),
  term('last[- ]mile(?: carrier| partner| delivery)?', 'local delivery'),
  // Payments and banking.
  term('ACH(?: credit| debit| transfer| payment)?', 'bank transfer'),
  term('T\\+[0-3]', 'a working day or two'),
  term('settlement (?:window|period|date|batch|cycle)', 'processing time'),
  term('batch cut-?off', 'daily processing deadline'),
  term('AML(?: screening| check| review)?', 'routine security check'),
  term('(?:enhanced )?KYC(?: check| verification| review| documents?)?', 'identity check'),
  term('PoA(?: document)?', 'proof of address'),
  term(
    '3-?D ?S(?:ecure)?(?: 2)?(?: challenge| check| authentication| verification)?',
    'extra security check from your bank',
  ),
  term('SCA', 'extra payment security check'),
  term('(?:pre-?auth(?:ori[sz]ation)?s?|authori[sz]ation holds?)', 'temporary hold'),
  term('chargebacks?', undefined, 'a refund claim made through your bank'),
  // Workplace IT.
  term('re-?imag(?:e|ed|ing)(?: (?:the|your) (?:machine|laptop|computer|device|PC))?', 'wipe and reinstall'),
  term('(?:Group Policy|GPO)(?: update| object)?', 'company settings'),
  term('(?:Active Directory|AD account|domain controller)', 'company login system'),
  term('MDM(?: profile| enrol?lment)?', 'device management'),
  term('(?:re-?map(?:ped|ping)? (?:the )?(?:network )?drive|mapped drive|drive mapping)', 'reconnect the shared drive'),
  term('(?:RDP|remote desktop protocol)', 'remote connection'),
  term('NAS(?: box| drive)?', 'network storage box'),
  term('BitLocker(?: recovery key)?', undefined, "the key that unlocks your laptop's drive"),
  // Course platforms.
  term('LMS', 'course platform'),
];

/** After the term: a bracketed explanation, "which means…", "i.e.…", or an appositive. */
export const EXPLANATION_AFTER =
  /^[ \t]*(?:\(|,?[ \t]*(?:which|that) (?:means|is|are|stands for)\b|,?[ \t]*(?:i\.e\.|meaning|in other words|also called|aka|short for|or in plain words)\b|[ \t]*[—–:][ \t]*|[ \t]+-{1,2}[ \t]+|,[ \t]*(?:the|a|an|which|your|our)\b|[ \t]+(?:is|are|means|refers to|stands for)[ \t]+(?:just |simply |basically |essentially |really |only )?(?:the|a|an|your|how|what|where|when|like)\b)/iu;
/** Before the term: the explanation came first and the term is in brackets. */
export const EXPLANATION_BEFORE = /(?:\([ \t]*|(?:called|known as|named|aka)[ \t]+["“]?)$/iu;
