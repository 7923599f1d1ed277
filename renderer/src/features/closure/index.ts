export { ClosurePanel } from './ClosurePanel';
