export { BundlesPage } from './BundlesPage';
