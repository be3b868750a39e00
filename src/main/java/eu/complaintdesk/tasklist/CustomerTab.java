package eu.complaintdesk.tasklist;

import static eu.complaintdesk.ProcessConstants.MESSAGE_SOLUTION_CHOSEN;

import eu.complaintdesk.communication.CommunicationEntry;
import eu.complaintdesk.communication.CommunicationLog;
import eu.complaintdesk.complaint.CustomerCalls;
import eu.complaintdesk.complaint.SolutionOption;
import eu.complaintdesk.security.WebappLogin;
import eu.complaintdesk.security.WebappLogin.User;
import java.io.InputStream;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What the Customer tab shows for a task: the complaint's communication log, its attachments and
 * the answers it waits for now. Only for a user who may see the task: the task is looked up as
 * that user, with the engine's authorization checks, so the tab shows nobody a complaint that
 * Tasklist would not show them; what follows is read on the complaint the task belongs to.
 */
@Component
class CustomerTab {

  /** The tab's content. */
  record View(String reference, String taskId, List<String> waitingFor, List<Option> options,
      List<CommunicationEntry> log, List<AttachmentLine> attachments) {
  }

  /** An option offered to the customer, for the choice recorded from a call. */
  record Option(String key, String type, String description) {
  }

  /** An attachment of the complaint, with the address that downloads it. */
  record AttachmentLine(String id, String name, String description, String type, Date created, String download) {
  }

  /** The complaint a visible task belongs to. */
  record Complaint(String taskId, String processInstanceId, String reference) {
  }

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final WebappLogin login;
  private final CommunicationLog communicationLog;

  CustomerTab(TaskService taskService, RuntimeService runtimeService, WebappLogin login,
      CommunicationLog communicationLog) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.login = login;
    this.communicationLog = communicationLog;
  }

  /**
   * The complaint of the task, if {@code staff} may see the task.
   *
   * @throws CustomerTabRefused 404 for no such open task of a complaint, 403 for a task not theirs
   */
  Complaint complaintOf(User staff, String taskId) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    ProcessInstance complaint = task == null || task.getProcessInstanceId() == null ? null
        : runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
    if (complaint == null) {
      throw new CustomerTabRefused(HttpStatus.NOT_FOUND, "There is no open task " + taskId + " of a complaint.");
    }
    if (login.asUser(staff, () -> taskService.createTaskQuery().taskId(taskId).count()) == 0) {
      throw new CustomerTabRefused(HttpStatus.FORBIDDEN, staff.userId() + " may not see task " + taskId + ".");
    }
    return new Complaint(taskId, complaint.getId(), complaint.getBusinessKey());
  }

  View view(Complaint complaint) {
    List<String> waitingFor = waitingFor(complaint);
    List<Option> options = !waitingFor.contains(MESSAGE_SOLUTION_CHOSEN) ? List.of()
        : SolutionOption.offered(runtimeService.getVariables(complaint.processInstanceId())).stream()
            .map(option -> new Option(option.key(), option.type(), option.description())).toList();
    List<AttachmentLine> attachments = taskService.getProcessInstanceAttachments(complaint.processInstanceId())
        .stream().map(attachment -> new AttachmentLine(attachment.getId(), attachment.getName(),
            attachment.getDescription(), attachment.getType(), attachment.getCreateTime(),
            "/staff/tasks/" + complaint.taskId() + "/attachments/" + attachment.getId()))
        .toList();
    return new View(complaint.reference(), complaint.taskId(), waitingFor, options,
        communicationLog.entriesFor(complaint.reference()), attachments);
  }

  /** The customer answers the complaint's process waits for now, of those the tab can record. */
  List<String> waitingFor(Complaint complaint) {
    Set<String> subscribed = runtimeService.createEventSubscriptionQuery()
        .processInstanceId(complaint.processInstanceId()).eventType("message").list().stream()
        .map(EventSubscription::getEventName).collect(Collectors.toSet());
    return CustomerCalls.ANSWERS.stream().filter(subscribed::contains).toList();
  }

  /** An attachment of this complaint and its content. */
  record Download(Attachment attachment, InputStream content) {
  }

  /** @throws CustomerTabRefused 404 for an attachment that is not this complaint's */
  Download download(Complaint complaint, String attachmentId) {
    Attachment attachment = taskService.getAttachment(attachmentId);
    InputStream content = attachment == null ? null : taskService.getAttachmentContent(attachmentId);
    if (attachment == null || content == null
        || !complaint.processInstanceId().equals(attachment.getProcessInstanceId())) {
      throw new CustomerTabRefused(HttpStatus.NOT_FOUND,
          "Complaint " + complaint.reference() + " has no attachment " + attachmentId + ".");
    }
    return new Download(attachment, content);
  }
}
