export { ActionPlanPanel } from './ActionPlanPanel';
