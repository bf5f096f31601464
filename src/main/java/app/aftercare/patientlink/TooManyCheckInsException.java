package app.aftercare.patientlink;

import app.aftercare.web.TooManyRequestsException;

/**
 * A link has sent as many check-ins as a day allows.
 */
class TooManyCheckInsException extends TooManyRequestsException {

}
