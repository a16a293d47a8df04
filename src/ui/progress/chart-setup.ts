// Chart.js, tree-shaken: only the line chart, its elements, the linear and time scales, the legend and the tooltip are
// registered. The time axis reads dates through date-fns (chartjs-adapter-date-fns).
import { Chart, Legend, LinearScale, LineController, LineElement, PointElement, TimeScale, Tooltip } from 'chart.js';
import 'chartjs-adapter-date-fns';

Chart.register(LineController, LineElement, PointElement, LinearScale, TimeScale, Legend, Tooltip);

export { Chart };
