// Progress over time: charted metrics, robust trends with honest words, ages for reference bands, series building.
export * from './types.ts';
export * from './trend.ts';
export * from './age.ts';
export * from './series.ts';
export { DEFAULT_BALANCE_CHART_CONFIG } from './balance-metrics.ts';
