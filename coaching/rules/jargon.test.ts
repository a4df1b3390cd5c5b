import { testRule } from '../test/rule-tester';

const wrap = (body: string) => `Hi Dana,\n\n${body}\n\nBest,\nSam`;

testRule('jargon', {
  valid: [
    // Initialisms customers know, codes, shouted words, and initialisms explained or used by the customer.
    wrap('Your flight BA 2291 leaves at 14:10 GMT; the refund of 120 EUR goes to your IBAN.'),
    wrap('The DPD driver has the parcel, and the VAT receipt is attached as a PDF.'),
    wrap('Please do NOT unplug it while the light is ON.'),
    wrap('Your building has FTTP (fibre all the way into your flat), so speeds up to 900 Mbps are possible.'),
    { text: wrap('The ONT is the white box by the door; unplug it for ten seconds.'), customer: 'my ONT light is red' },
    wrap('Please save the PDF to a USB stick and email IT.'),
    wrap('Your Wi-Fi password is on the back of the router.'),
    wrap("We updated the DNS (the internet's address book) for your domain."),
    wrap('We changed the TTL, which means other systems will see the update within an hour.'),
    wrap("We changed your domain's address book entry (DNS) this morning."),
    {
      text: wrap('I have updated the DNS records you mentioned.'),
      customer: 'Can you check my DNS records? Mail is bouncing.',
    },
    wrap('The delay was on our side.'),
    // Explained in the same sentence.
    wrap('Your SSID is the name of your Wi-Fi network.'),
    wrap('The PNR, which is your booking reference, is on the ticket.'),
    wrap("Your IMEI (your phone's serial number) is on the box."),
    // Everyday words.
    wrap('Your laptop will restart tonight to install updates.'),
    wrap('The parcel left the warehouse this morning.'),
    wrap('We fixed the gateway to our payment provider yesterday.'),
    {
      name: 'a customer who writes technically gets a technical answer',
      text: wrap('The webhook retries now use exponential backoff, and the 502s were from our load balancer.'),
      customer: 'Our webhook endpoint gets 502s from your API every night. Is your load balancer dropping requests?',
    },
  ],
  invalid: [
    {
      name: 'an initialism the list has never seen, unexplained',
      text: wrap('We have reset the PBX and the IVR menu, so calls reach you again from Monday.'),
      errors: [
        { text: 'PBX', suggestion: 'PBX (…)' },
        { text: 'IVR', suggestion: 'IVR (…)' },
      ],
    },
    {
      text: wrap('Please flush the DNS cache and try again.'),
      errors: [{ text: 'flush the DNS cache', suggestion: "clear your computer's saved list of website addresses" }],
    },
    {
      text: wrap('Your DHCP lease expired.'),
      errors: [
        {
          text: 'DHCP lease',
          suggestion: 'DHCP lease (the setting that gives each device its network address automatically)',
        },
      ],
    },
    {
      text: wrap('The SSL handshake fails, and the SMTP relay rejects mail.'),
      errors: [
        { text: 'SSL handshake', suggestion: 'secure connection setup' },
        { text: 'SMTP relay', suggestion: 'outgoing mail server' },
      ],
    },
    {
      name: 'only the first use of a term is flagged',
      text: wrap('Check the DNS settings. The DNS server will pick up the change.'),
      errors: [
        {
          text: 'DNS settings',
          suggestion: "DNS settings (the internet's address book, which turns a website name into a server address)",
        },
      ],
    },
    {
      text: wrap('Your router needs a firmware update.'),
      errors: [{ text: 'firmware', suggestion: 'firmware (the software built into the device)' }],
    },
    {
      text: wrap('The payment failed the 3-D Secure check.'),
      errors: [{ text: '3-D Secure check', suggestion: 'extra security check from your bank' }],
    },
    {
      text: wrap('We ran the KYC check this morning.'),
      errors: [{ text: 'KYC check', suggestion: 'identity check' }],
    },
    {
      text: wrap('Try a hard reload of the page.'),
      errors: [{ text: 'hard reload', suggestion: 'full reload (Ctrl+Shift+R)' }],
    },
    {
      text: wrap('Clear your browser cache and sign in again.'),
      errors: [{ text: 'Clear your browser cache', suggestion: "Clear your browser's saved files" }],
    },
    {
      text: wrap('Your RMA number is 88231.'),
      errors: [{ text: 'RMA number', suggestion: 'return number' }],
    },
    {
      name: 'one term from the customer does not make them technical',
      text: wrap('The DNS change is live, so please clear your browser cache.'),
      customer: 'I updated my DNS records, is the change live?',
      errors: [{ text: 'clear your browser cache', suggestion: "clear your browser's saved files" }],
    },
    {
      name: 'a name with an optional version ("OAuth", "OAuth 2.0")',
      text: wrap('Sign-in for this app now uses OAuth 2.0.'),
      errors: [{ text: 'OAuth 2.0', suggestion: 'company login system' }],
    },
    {
      text: wrap('Latency is high today.'),
      errors: [{ text: 'Latency', suggestion: 'Delay' }],
    },
  ],
});
