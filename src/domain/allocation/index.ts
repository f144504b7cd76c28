export * from './carrier-rules';
export * from './reserve';
export * from './suggest';
