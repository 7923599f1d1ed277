export { ActionsPanel } from './ActionsPanel';
export { STATUS_LABELS, statusWords } from './labels';
export { resultLines } from './resultLines';
