// Every path of the demo lives in demo/routes.json: the router and the navigation read it here,
// and the static build copies index.html to each of them (demo/vite.config.ts).
import routes from '../routes.json';

/** `paymentMethods` is also where the mock's "Expired payment method" alert links to. */
export const paths = routes;
