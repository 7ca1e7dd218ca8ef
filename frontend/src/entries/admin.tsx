import { mountEntry } from '../lib/mount';
import { AdminView } from '../views/admin-view';

mountEntry('Keystone settings', AdminView);
