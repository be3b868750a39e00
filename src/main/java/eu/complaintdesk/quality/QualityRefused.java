package eu.complaintdesk.quality;

/** A quality request that cannot be answered as asked (a 400): the message names the parameter. */
class QualityRefused extends RuntimeException {

  QualityRefused(String message) {
    super(message);
  }
}
