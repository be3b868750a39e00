package eu.complaintdesk.tasklist;

import static eu.complaintdesk.ProcessConstants.VAR_COMPLAINT_REFERENCE;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_NAME;
import static eu.complaintdesk.ProcessConstants.VAR_SEVERITY;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The task lists every user finds in Tasklist, most urgent first (priority, then due date). Created
 * once by name; an administrator's edits to them in Tasklist are kept.
 */
@Component
class TasklistFilters {

  private final FilterService filterService;
  private final TaskService taskService;

  TasklistFilters(FilterService filterService, TaskService taskService) {
    this.filterService = filterService;
    this.taskService = taskService;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(30)
  void createFilters() {
    create("My tasks", -10, "Tasks assigned to me",
        byUrgency(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")));
    create("My group tasks", 0, "Unclaimed tasks for my groups",
        byUrgency(taskService.createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .taskUnassigned()));
    create("All open tasks", 10, "Every open task I may see",
        byUrgency(taskService.createTaskQuery()));
  }

  private static TaskQuery byUrgency(TaskQuery query) {
    return query.orderByTaskPriority().desc().orderByDueDate().asc();
  }

  private void create(String name, int position, String description, TaskQuery query) {
    if (filterService.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", position);
    properties.put("refresh", true);
    // Shown under each task in the list, so agents see whose complaint it is before opening it.
    properties.put("variables", List.of(
        Map.of("name", VAR_COMPLAINT_REFERENCE, "label", "Reference"),
        Map.of("name", VAR_CUSTOMER_NAME, "label", "Customer"),
        Map.of("name", VAR_SEVERITY, "label", "Severity")));
    Filter filter = filterService.newTaskFilter(name).setProperties(properties).setQuery(query);
    filterService.saveFilter(filter);
  }
}
