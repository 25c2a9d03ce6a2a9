// Style D's app script: the router and views (see views.js).
import { startD } from './views.js';

startD(window);
