export interface JargonEntry {
  pattern: string;
  /** Everyday words that can replace the term. */
  plain?: string;
  /** A short explanation to keep the term and teach it: "DNS (the internet's address book)". */
  explanation?: string;
}

// Technical terms a non-technical customer is unlikely to know, each with plain words or the
// term plus a short explanation. Acronyms most people know (PDF, USB, Wi-Fi, IT) are not here.

export const JARGON_TERMS: readonly JargonEntry[] = [
  { pattern: 'flush(?:ing)? (?:the |your )?DNS(?: resolver)? cache', plain: "clear your computer's saved list of website addresses" },
  { pattern: 'flush(?:ing)? (?:the |your )?cache', plain: 'clear the saved copies of pages' },
  { pattern: 'purg(?:e|ing) (?:the |your )?cache', plain: 'clear the saved copies of pages' },
  { pattern: 'DNS propagation', plain: 'the change spreading across the internet (this can take up to a day)' },
  { pattern: 'DNS(?: record| records| settings| server| servers)?', explanation: "the internet's address book, which turns a website name into a server address" },
  { pattern: 'DHCP(?: server| lease)?', explanation: 'the setting that gives each device its network address automatically' },
  { pattern: '(?:SSL|TLS) (?:handshake|negotiation)', plain: 'secure connection setup' },
  { pattern: '(?:SSL|TLS) certificate chain', plain: 'security certificate' },
  { pattern: 'TLS', explanation: 'the encryption that keeps the connection private' },
  { pattern: 'SMTP(?: relay| server| settings| auth(?:entication)?)?', plain: 'outgoing mail server' },
  { pattern: '(?:IMAP|POP3)(?: server| settings)?', plain: 'incoming mail settings' },
  { pattern: 'registry (?:key|keys|entry|entries|value|editor|hive)', plain: 'a Windows system setting' },
  { pattern: 'TTL', explanation: 'how long other systems keep using the old setting' },
  { pattern: '(?:MX|CNAME|TXT|SPF|DKIM|DMARC|AAAA|PTR|SRV) records?', plain: 'domain setting' },
  { pattern: '(?:DKIM|DMARC)', plain: 'email authentication setting' },
  { pattern: 'subnet(?: mask)?', plain: 'network range' },
  { pattern: 'proxy(?: server| settings)?', explanation: 'a server that passes your traffic along' },
  { pattern: 'port forwarding', plain: 'opening a connection on your router' },
  { pattern: 'firewall rules?', plain: 'firewall setting' },
  { pattern: 'SSO', plain: 'single sign-on', explanation: 'one login for all your work apps' },
  { pattern: '(?:SAML|OAuth ?2?|OIDC|LDAP|Kerberos)', plain: 'company login system' },
  { pattern: '(?:API endpoint|endpoint)s?', plain: 'web address' },
  { pattern: 'latency', plain: 'delay' },
  { pattern: 'packet loss', plain: 'dropped data' },
  { pattern: 'traceroute', plain: 'network route test' },
  { pattern: 'hard refresh', plain: 'full reload of the page (Ctrl+Shift+R)' },
  { pattern: '(?:the )?(?:backend|back-end|back end)', plain: 'our systems' },
  { pattern: 'hotfix(?:es)?', plain: 'quick fix' },
  { pattern: '(?:rollback|roll back|rolled back)', plain: 'undo' },
  { pattern: '(?:deployed|deployment|deploying)', plain: 'released' },
  { pattern: 'regression', plain: 'bug that came back' },
  { pattern: 'repro(?:duced|ducible)?(?= )', plain: 'reproduce' },
  { pattern: 'stack ?trace', plain: 'error details' },
  { pattern: 'payload', plain: 'data' },
  { pattern: 'deprecated', plain: 'no longer supported' },
  { pattern: 'localhost', plain: 'your own computer' },
  { pattern: '(?:L[123]|tier[- ][123]|level[- ][123])(?: support| team| engineers?)?', plain: 'our specialist team' },
  { pattern: 'SLA', plain: 'our agreed response time' },
  { pattern: '(?:race condition|memory leak|null pointer(?: exception)?|segfault|kernel panic)', plain: 'software bug' },
  { pattern: '(?:HTTP )?(?:500|502|503|504) (?:error|status)', plain: 'error on our servers' },
  { pattern: '(?:CLI|SSH|VLAN|NAT|MAC address|static IP)', plain: 'technical setting' },
  { pattern: '(?:refresh|access|bearer|auth) token', plain: 'login session' },
  { pattern: '(?:cache invalidation|CDN)', plain: 'saved copies of our pages' },
  { pattern: 'sync(?:hroni[sz]ation)? conflict', plain: 'two versions of the same file' },
];

/** After the term: a bracketed explanation, "which means…", "i.e.…", or an appositive. */
export const EXPLANATION_AFTER = /^[ \t]*(?:\(|,?[ \t]*(?:which|that) (?:means|is|are|stands for)\b|,?[ \t]*(?:i\.e\.|meaning|in other words|also called|aka)\b|[ \t]*[—–:][ \t]*|[ \t]+-{1,2}[ \t]+|,[ \t]*(?:the|a|an|which|your|our)\b)/iu;
/** Before the term: the explanation came first and the term is in brackets. */
export const EXPLANATION_BEFORE = /(?:\([ \t]*|(?:called|known as|named|aka)[ \t]+["“]?)$/iu;
