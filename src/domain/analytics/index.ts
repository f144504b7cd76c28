export * from './funnel';
export * from './ship-latency';
export * from './kpis';
