import { mountEntry } from '../lib/mount';
import { ProgramPageView } from '../views/program-page-view';

mountEntry('Program', ProgramPageView);
