import { testRule } from '../test/rule-tester';

const wrap = (body: string) => `Hi Dana,\n\n${body}\n\nBest,\nSam`;

testRule('jargon', {
  valid: [
    wrap('Please save the PDF to a USB stick and email IT.'),
    wrap('Your Wi-Fi password is on the back of the router.'),
    wrap("We updated the DNS (the internet's address book) for your domain."),
    wrap('We changed the TTL, which means other systems will see the update within an hour.'),
    wrap("We changed your domain's address book entry (DNS) this morning."),
    { text: wrap('I have updated the DNS records you mentioned.'), customer: 'Can you check my DNS records? Mail is bouncing.' },
    wrap('The delay was on our side.'),
  ],
  invalid: [
    {
      text: wrap('Please flush the DNS cache and try again.'),
      errors: [{ text: 'flush the DNS cache', suggestion: "clear your computer's saved list of website addresses" }],
    },
    {
      text: wrap('Your DHCP lease expired.'),
      errors: [{ text: 'DHCP lease', suggestion: 'DHCP lease (the setting that gives each device its network address automatically)' }],
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
      errors: [{ text: 'DNS settings', suggestion: "DNS settings (the internet's address book, which turns a website name into a server address)" }],
    },
    {
      text: wrap('Latency is high today.'),
      errors: [{ text: 'Latency', suggestion: 'Delay' }],
    },
  ],
});
