import { mountEntry } from '../lib/mount';
import { MyWorkView } from '../views/my-work-view';

mountEntry('My responsibilities', MyWorkView);
