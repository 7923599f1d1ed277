export { ActionsPanel } from './ActionsPanel';
