import { BLAME_PHRASES } from '../data/blame';
import { existenceRule } from '../engine/kinds';

export default existenceRule({
  meta: {
    category: 'blame',
    severity: 'error',
    description: 'Blames the customer, another team or a vendor, or passes the buck.',
  },
  entries: BLAME_PHRASES,
  message: 'This reads as blame.',
  note: 'Customers care about getting it fixed, not about whose fault it was. Blaming them puts them on the defensive, and criticising colleagues or partners airs internal problems; raise those internally and use neutral, ownership language here.',
});
