/** The navigation's count of parcels waiting in the exceptions queue. */
export { ExceptionCountBadge } from './components/exception-count-badge';
