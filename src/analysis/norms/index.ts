// Reference norms for the UI, each labelled "reference, not a diagnosis" with its source.
export * from './balance-milestones.ts';
