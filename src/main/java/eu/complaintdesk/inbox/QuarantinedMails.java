package eu.complaintdesk.inbox;

import static eu.complaintdesk.ProcessConstants.PROCESS_QUARANTINED_MAIL;
import static eu.complaintdesk.ProcessConstants.VAR_MAIL_FOLDER;
import static eu.complaintdesk.ProcessConstants.VAR_MAIL_FROM;
import static eu.complaintdesk.ProcessConstants.VAR_MAIL_MESSAGE_ID;
import static eu.complaintdesk.ProcessConstants.VAR_MAIL_SUBJECT;
import static eu.complaintdesk.ProcessConstants.VAR_QUARANTINE_REASON;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Shows managers a mail the inbox could not process, where they already look: a task in Tasklist
 * (process {@code quarantinedMail}, processes/quarantined-mail.bpmn) naming the sender, the subject,
 * the reason and the folder the mail lies in, so that nobody's mail is lost unseen.
 */
class QuarantinedMails {

  /** The engine keeps texts of up to 4,000 characters. */
  private static final int TEXT_LIMIT = 4000;

  private final RuntimeService runtimeService;

  QuarantinedMails(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** Starts the managers' task, in the caller's transaction. */
  void show(Headline mail, String reason, String folder) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_MAIL_FROM, cut(mail.from() == null ? "(no sender)" : mail.from()));
    variables.put(VAR_MAIL_SUBJECT, cut(mail.subject() == null ? "(no subject)" : mail.subject()));
    variables.put(VAR_MAIL_MESSAGE_ID, cut(mail.messageId() == null ? "(none)" : mail.messageId()));
    variables.put(VAR_MAIL_FOLDER, folder);
    variables.put(VAR_QUARANTINE_REASON, cut(reason));
    runtimeService.startProcessInstanceByKey(PROCESS_QUARANTINED_MAIL, variables);
  }

  private static String cut(String text) {
    return text.length() <= TEXT_LIMIT ? text : text.substring(0, TEXT_LIMIT - 1) + "…";
  }
}
