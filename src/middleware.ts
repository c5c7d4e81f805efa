import { createOnRequest } from '@lib/server/middleware-handlers';
import { getServerServices } from '@lib/server/services';

/** sequence(throttle, session, authorize) for every on-demand route; prerendered pages pass through. */
export const onRequest = createOnRequest(getServerServices);
