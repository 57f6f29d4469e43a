import { configureFastCheck } from '../helpers/property.js';

configureFastCheck();
