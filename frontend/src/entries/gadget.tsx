import { mountEntry } from '../lib/mount';
import { GadgetView } from '../views/gadget-view';

mountEntry('Program health', GadgetView, { layout: 'embedded' });
