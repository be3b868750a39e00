package eu.complaintdesk.deadline;

import static eu.complaintdesk.deadline.BusinessCalendarTests.at;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import eu.complaintdesk.communication.StaffNotifier;
import eu.complaintdesk.system.ComplaintDeskProperties;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who hears of a task that managers let pass its due date: the process tests cover the default
 * (no head of service, so the administrators); these cover a configured head of service.
 */
class EscalateManagerTaskDelegateTests {

  private final TaskService taskService = mock(TaskService.class);
  private final TaskQuery query = mock(TaskQuery.class, RETURNS_SELF);
  private final StaffNotifier notifier = mock(StaffNotifier.class);
  private final DelegateExecution execution = mock(DelegateExecution.class);
  private final StaffAlerts alerts = new StaffAlerts(new BusinessCalendar(BusinessHoursProperties.defaults()),
      new ComplaintDeskProperties("https://desk.example.org", false, null, null, null));

  @BeforeEach
  void lateApproval() {
    // Given an approval due Wednesday 11 March 2026 at 10:00, still open at 10:00
    ClockUtil.setCurrentTime(Date.from(at("2026-03-11T10:00")));
    when(taskService.createTaskQuery()).thenReturn(query);
    when(execution.getVariable("overdueTask")).thenReturn("approveOffer");
    when(execution.getProcessInstanceId()).thenReturn("instance-1");
    when(execution.getProcessBusinessKey()).thenReturn("CMP-2026-000007");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void headOfService_isTold_andTheTaskMovesUp() {
    openTask("2026-03-11T10:00");
    when(notifier.notify(eq("CMP-2026-000007"), eq(List.of("hilda")), eq(List.of()), anyString(), anyString()))
        .thenReturn(Set.of("hilda@example.org"));

    delegate("hilda").execute(execution);

    verify(taskService).setPriority("task-1", 75);
    verify(notifier).notify(eq("CMP-2026-000007"), eq(List.of("hilda")), eq(List.of()),
        eq("Overdue with managers: Approve the offer · CMP-2026-000007 · Jana Novak"),
        contains("was due Wednesday 11 March 2026, 10:00 and is still open, with mary. Its priority is now 75."
            + "\n\nSee it through: https://desk.example.org/camunda/app/tasklist/default/#/?task=task-1"));
    verify(notifier, never()).notify(anyString(), anyCollection(), eq(List.of("admins")), anyString(), anyString());
  }

  @Test
  void headOfServiceWithoutAddress_theAdministratorsAreTold() {
    openTask("2026-03-11T10:00");
    when(notifier.notify(eq("CMP-2026-000007"), eq(List.of("hilda")), eq(List.of()), anyString(), anyString())).thenReturn(Set.of());

    delegate("hilda").execute(execution);

    verify(notifier).notify(eq("CMP-2026-000007"), eq(List.of()), eq(List.of("admins")), anyString(), contains("is still open"));
  }

  @Test
  void taskNotDueYet_isLeftAlone() {
    // Given another promise's task of the same kind, due only tomorrow
    openTask("2026-03-12T10:00");

    delegate("hilda").execute(execution);

    verify(taskService, never()).setPriority(anyString(), anyInt());
    verifyNoInteractions(notifier);
  }

  private Task openTask(String due) {
    Task task = mock(Task.class);
    when(task.getId()).thenReturn("task-1");
    when(task.getName()).thenReturn("Approve the offer · CMP-2026-000007 · Jana Novak");
    when(task.getDueDate()).thenReturn(Date.from(at(due)));
    when(task.getPriority()).thenReturn(50);
    when(task.getAssignee()).thenReturn("mary");
    when(query.list()).thenReturn(List.of(task));
    return task;
  }

  private EscalateManagerTaskDelegate delegate(String headOfService) {
    return new EscalateManagerTaskDelegate(taskService, notifier, alerts, new EscalationProperties(headOfService));
  }
}
