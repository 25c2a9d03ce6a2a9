// Style C's page script: draws this *.action page's jqGrids (see views.js).
import { startC } from './views.js';

startC(window);
