// Greeting and sign-off texts offered when one is missing. They must be recognised by the
// patterns in data/structure.ts, so applying them satisfies the rule.

function cleanName(name: string | undefined): string {
  if (!name) return '';
  return name.replace(/[\r\n\t]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 60);
}

export function greetingFor(customerFirstName: string | undefined): string {
  const name = cleanName(customerFirstName).split(' ')[0] ?? '';
  return `Hi ${name || 'there'},\n\n`;
}

export function closingFor(agentName: string | undefined): string[] {
  const name = cleanName(agentName);
  const signed = (close: string) => (name ? `\n\n${close}\n${name}` : `\n\n${close}`);
  return [signed('Kind regards,'), signed('Best wishes,'), signed('Thanks,')];
}
