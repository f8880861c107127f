export * from './valueSpec';
export * from './resources';
export * from './elements';
export * from './flowDefinition';
export * from './storedDefinition';
export * from './repeaters';
export * from './matchOperations';
