export { ActionsPanel } from './ActionsPanel';
export { STATUS_LABELS } from './labels';
