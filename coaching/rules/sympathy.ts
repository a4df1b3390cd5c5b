import { SYMPATHY_PHRASES, SYMPATHY_REPLACEMENTS } from '../data/sympathy';
import { existenceRule } from '../engine/kinds';

export default existenceRule({
  meta: {
    category: 'sympathy',
    severity: 'warning',
    description: 'Claims to know or share exactly how the customer feels.',
  },
  entries: SYMPATHY_PHRASES,
  message: 'Acknowledge the feeling instead of claiming to share it.',
  note: 'Nobody can know exactly what another person feels, and customers often bristle when told so. Naming the feeling you can see ("this must be frustrating") shows you listened without presuming.',
  suggestions: SYMPATHY_REPLACEMENTS,
});
