import { mountEntry } from '../lib/mount';
import { PortfolioView } from '../views/portfolio-view';

mountEntry('Programs', PortfolioView);
