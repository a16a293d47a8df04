// The setup check and presence: pure judgements of pose frames for the live set (see src/ui/set/LiveSet.tsx).
export * from './config.ts';
export * from './evaluate.ts';
export * from './gate.ts';
export * from './presence.ts';
