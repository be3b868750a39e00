package eu.complaintdesk.privacy;

import static eu.complaintdesk.ProcessConstants.PROCESS_COMPLAINT_HANDLING;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_EMAIL;

import eu.complaintdesk.communication.CommunicationEntry;
import eu.complaintdesk.communication.CommunicationLog;
import eu.complaintdesk.inbox.ProcessedMails;
import eu.complaintdesk.inbox.ProcessedMails.ProcessedMail;
import eu.complaintdesk.quality.Timeline;
import eu.complaintdesk.quality.Timelines;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What the desk holds of a person, complaint by complaint, for a subject's export: the complaints
 * found by the {@code customerEmail} variable in the engine's history (ignoring case, running and
 * ended alike), and for each its variables' current values, its audit timeline, its communication
 * log and what the inbox recorded of its mails. Read without the engine's authorization checks:
 * the privacy API's door has decided who may read it.
 */
@Component
class SubjectExport {

  /** One complaint as {@code export.json} holds it. */
  record ComplaintData(String reference, String processInstanceId, Date startedAt, Date endedAt, String state,
      List<Variable> variables, Timeline timeline, List<CommunicationEntry> communication,
      List<ProcessedMail> inboundMails, List<ArchivedFile> files) {
  }

  /**
   * A variable's current value, as text where it is neither text, number nor true/false.
   *
   * @param activityInstanceId the step it belongs to (a promise's day); null for the complaint's own
   */
  record Variable(String name, String type, Object value, String activityInstanceId) {
  }

  /** A file of the complaint, with its place in the archive. */
  record ArchivedFile(String path, String name, String description, String type, Date createdAt, long size,
      String sha256) {
  }

  private final HistoryService history;
  private final Timelines timelines;
  private final CommunicationLog communicationLog;
  private final ObjectProvider<ProcessedMails> processedMails;

  SubjectExport(HistoryService history, Timelines timelines, CommunicationLog communicationLog,
      ObjectProvider<ProcessedMails> processedMails) {
    this.history = history;
    this.timelines = timelines;
    this.communicationLog = communicationLog;
    this.processedMails = processedMails;
  }

  /**
   * The complaints asked for, oldest first; none for an address we hold no complaint of.
   *
   * @throws PrivacyRefused 404 for a reference of no complaint
   */
  List<HistoricProcessInstance> complaints(ExportRequest request) {
    var query = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_COMPLAINT_HANDLING);
    if (request.reference() != null) {
      List<HistoricProcessInstance> found = query.processInstanceBusinessKey(request.reference())
          .orderByProcessInstanceStartTime().asc().list();
      if (found.isEmpty()) {
        throw new PrivacyRefused(HttpStatus.NOT_FOUND, "There is no complaint " + request.reference() + ".");
      }
      return found;
    }
    return query.variableValueEquals(VAR_CUSTOMER_EMAIL, request.email()).matchVariableValuesIgnoreCase()
        .orderByProcessInstanceStartTime().asc().list();
  }

  ComplaintData of(HistoricProcessInstance complaint, List<ArchivedFile> files) {
    String reference = complaint.getBusinessKey();
    List<Variable> variables = history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(complaint.getId()).disableBinaryFetching().disableCustomObjectDeserialization()
        .orderByVariableName().asc().list().stream()
        .map(variable -> new Variable(variable.getName(), variable.getTypeName(), value(variable),
            complaint.getId().equals(variable.getActivityInstanceId()) ? null : variable.getActivityInstanceId()))
        .toList();
    // No inbox configured, no inbound mails.
    ProcessedMails inbox = processedMails.getIfAvailable();
    List<ProcessedMail> inbound = inbox == null ? List.of() : inbox.recordedFor(reference);
    return new ComplaintData(reference, complaint.getId(), complaint.getStartTime(), complaint.getEndTime(),
        complaint.getState(), variables, timelines.ofProcessInstance(complaint.getId()),
        communicationLog.entriesFor(reference), inbound, files);
  }

  /**
   * Text, numbers and true/false as they are; a date as an ISO instant; a JSON or serialized value
   * as its serialized text; a file by its name (its bytes are not a variable of ours to export).
   */
  private static Object value(HistoricVariableInstance variable) {
    TypedValue typed = variable.getTypedValue();
    if (typed == null) {
      return variable.getErrorMessage() == null ? null : "(unreadable: " + variable.getErrorMessage() + ")";
    }
    if (typed instanceof FileValue file) {
      return file.getFilename();
    }
    if (typed instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return serializable.getValueSerialized();
    }
    Object value = typed.getValue();
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    return value instanceof Date date ? date.toInstant().toString() : value.toString();
  }
}
