package eu.complaintdesk.inbox;

import eu.complaintdesk.complaint.Attachments;
import eu.complaintdesk.complaint.Attachments.FileProblem;
import eu.complaintdesk.complaint.Attachments.Upload;
import java.util.List;
import org.springframework.core.io.ByteArrayResource;

/**
 * The files of a customer's mail, kept with the complaint as the customer pages keep theirs: the
 * same check ({@link Attachments}: images and PDF by content, five files, 10 MB each) and the same
 * store. A mail with a file we do not accept is refused whole, so the poller quarantines it and
 * managers see it: a file that was dropped quietly would be a piece of the customer's case lost.
 */
class MailAttachments {

  static final String DESCRIPTION = "Sent by the customer by e-mail";

  private final Attachments attachments;

  MailAttachments(Attachments attachments) {
    this.attachments = attachments;
  }

  /** @throws MailRefused naming each file we do not accept, before anything is stored or started */
  void check(InboundMail mail) {
    List<FileProblem> problems = attachments.check(uploads(mail));
    if (!problems.isEmpty()) {
      throw new MailRefused("it carries files we do not accept: "
          + problems.stream().map(problem -> problem.problem().toString()).toList());
    }
  }

  /** Stores the mail's files with the running complaint, in the transaction that claims the mail. */
  void keep(String reference, InboundMail mail) {
    if (!mail.attachments().isEmpty()) {
      attachments.store(reference, uploads(mail), DESCRIPTION);
    }
  }

  private static List<Upload> uploads(InboundMail mail) {
    return mail.attachments().stream()
        .map(file -> new Upload(file.fileName(), file.content().length, new ByteArrayResource(file.content())))
        .toList();
  }
}
