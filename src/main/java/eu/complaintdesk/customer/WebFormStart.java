package eu.complaintdesk.customer;

import eu.complaintdesk.complaint.Attachments;
import eu.complaintdesk.complaint.Attachments.Upload;
import eu.complaintdesk.complaint.ComplaintRefused;
import eu.complaintdesk.complaint.Complaints;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts a web complaint together with the files that came with it, in one transaction. The
 * engine's commands join Spring's transaction (the starter's SpringTransactionInterceptor, with
 * propagation REQUIRED), so the start is not committed until the files are stored: a store that
 * fails rolls the new complaint back, and the visitor never gets a reference for a complaint whose
 * files are missing. A start the intake refuses throws before any file is stored.
 */
@Component
class WebFormStart {

  /** How the agents' attachment list describes the files. */
  static final String DESCRIPTION = "Sent by the customer with the complaint on the web form";

  private final Complaints complaints;
  private final Attachments attachments;
  private final TransactionTemplate transaction;

  WebFormStart(Complaints complaints, Attachments attachments, PlatformTransactionManager transactions) {
    this.complaints = complaints;
    this.attachments = attachments;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * The reference of the started complaint, whose process instance holds the files.
   *
   * @throws ComplaintRefused naming every problem, before anything is stored
   */
  String start(Map<String, ?> complaint, List<Upload> files) {
    return transaction.execute(status -> {
      String reference = complaints.start(complaint);
      if (!files.isEmpty()) {
        attachments.store(reference, files, DESCRIPTION);
      }
      return reference;
    });
  }
}
