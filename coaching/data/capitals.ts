// Words written in capitals. Acronyms that readers know are fine; ordinary words in capitals
// read as shouting. Unknown short capitalised tokens are assumed to be acronyms or codes.

export const KNOWN_ACRONYMS: readonly string[] = [
  'AI', 'AM', 'API', 'APP', 'ASAP', 'ATM', 'BCC', 'CC', 'CEO', 'CFO', 'CPU', 'CRM', 'CSS', 'CSV', 'CTO', 'CV',
  'DIY', 'DM', 'DNS', 'DOB', 'DVD', 'EOD', 'ETA', 'EU', 'EST', 'FAQ', 'FYI', 'GB', 'GDPR', 'GMT', 'GPS', 'HDMI',
  'HR', 'HTML', 'HTTP', 'HTTPS', 'ID', 'IOS', 'IP', 'IT', 'JPEG', 'JPG', 'KB', 'LAN', 'LCD', 'LED', 'MB', 'MFA',
  'MP3', 'MP4', 'NA', 'NB', 'NDA', 'NYC', 'OK', 'OS', 'OTP', 'PC', 'PDF', 'PHP', 'PIN', 'PM', 'PNG', 'PO', 'PR',
  'PS', 'PST', 'QA', 'RAM', 'RSVP', 'SaaS', 'SD', 'SIM', 'SKU', 'SLA', 'SMS', 'SQL', 'SSD', 'SSL', 'SSO', 'TBD',
  'TV', 'UI', 'UK', 'URL', 'US', 'USA', 'USB', 'UTC', 'UX', 'VAT', 'VIP', 'VPN', 'WIFI', 'WWW', 'XML', 'ZIP',
  'NASA', 'NATO', 'UNICEF', 'IKEA', 'BMW', 'IBM', 'AWS', 'HP', 'LG', 'AMEX', 'VISA', 'PAYE', 'IBAN', 'BIC',
  'SWIFT', 'ACH', 'ISBN', 'JSON', 'YAML', 'HTML5', 'LTE', 'GSM', 'NFC', 'QR', 'ATT', 'ASCII', 'UNIX', 'LINUX',
  'MSRP', 'RMA', 'ACME', 'NOTE', 'PTO', 'OOO', 'TLDR', 'TL', 'DR', 'ET', 'PT', 'CT', 'MT', 'BST', 'CET', 'IST',
  // Technical initialisms long enough, and with enough vowels, to pass for shouted words.
  'DSLAM', 'CNAME', 'DMARC', 'OAUTH', 'SCORM', 'AVAYA', 'CISCO',
];

/** Common words that, in capitals, are emphasis rather than an acronym. */
export const SHOUTED_WORDS: readonly string[] = [
  'ABOUT', 'ABSOLUTELY', 'AGAIN', 'ALL', 'ALREADY', 'ALWAYS', 'AND', 'ANY', 'ANYTHING', 'ARE', 'BE', 'BEFORE',
  'BUT', 'CAN', 'CANNOT', "CAN'T", 'DO', 'DOES', "DOESN'T", "DON'T", 'EVER', 'EVERY', 'EVERYTHING', 'FIX',
  'FOR', 'FROM', 'GET', 'HAS', 'HAVE', 'HE', 'HER', 'HERE', 'HIM', 'HOW', 'IF', 'IMMEDIATELY', 'IMPORTANT',
  'IN', 'IS', "ISN'T", 'JUST', 'LAST', 'MAKE', 'ME', 'MORE', 'MUST', 'MY', 'NEED', 'NEVER', 'NO', 'NONE', 'NOT',
  'NOTHING', 'NOW', 'OF', 'ON', 'ONE', 'ONLY', 'OR', 'OUR', 'PLEASE', 'READ', 'REALLY', 'RIGHT', 'SAID', 'SHE',
  'SHOULD', 'SO', 'STILL', 'STOP', 'THAT', 'THE', 'THEM', 'THEN', 'THERE', 'THEY', 'THIS', 'TO', 'TODAY',
  'TOLD', 'VERY', 'WAS', 'WE', 'WHAT', 'WHEN', 'WHERE', 'WHY', 'WILL', 'WITH', "WON'T", 'WORK', 'WORKING',
  'WRONG', 'YES', 'YET', 'YOU', 'YOUR', "YOU'RE", 'THANK', 'THANKS', 'SORRY', 'HELP', 'URGENT',
  'DELETE', 'DELETED', 'CLICK', 'CHECK', 'CAREFULLY', 'FIRST', 'ONCE', 'TWICE', 'SAME', 'AFTER', 'ALSO', 'GOT',
  'BEEN', 'WERE', 'WOULD', 'COULD', 'DID', "DIDN'T", 'BECAUSE', 'SINCE', 'UNTIL', 'FREE', 'CORRECT', 'EXACTLY',
  'TOTALLY', 'COMPLETELY', 'SERIOUSLY', 'HUGE', 'BIG', 'NEW', 'OLD', 'GO', 'SEE', 'LOOK', 'SEND', 'CALL',
];
