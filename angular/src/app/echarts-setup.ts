import { PieChart } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the dashboard draws, so the lazy chunk stays small.
echarts.use([PieChart, LegendComponent, TooltipComponent, CanvasRenderer]);

export default echarts;
