import { mountEntry } from '../lib/mount';
import { RiskRegisterView } from '../views/risk-register-view';

mountEntry('Risk register', RiskRegisterView);
