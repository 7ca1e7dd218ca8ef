import { mountEntry } from '../lib/mount';
import { IssuePanelView } from '../views/issue-panel-view';

mountEntry('Keystone', IssuePanelView, { layout: 'embedded' });
