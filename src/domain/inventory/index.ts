export * from './vocabulary';
export * from './stock';
export * from './cover';
export * from './transfer';
export * from './alerts';
export * from './adjustment';
