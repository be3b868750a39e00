package eu.complaintdesk.system;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * The answer for a task that someone else got first: 409 Conflict, saying who has it.
 *
 * <p>Two agents who claim the same task at the same moment both find it unclaimed; the engine
 * lets the first commit win and fails the other with an {@link
 * org.camunda.bpm.engine.OptimisticLockingException} ("UPDATE TaskEntity[id] ... updated by
 * another transaction concurrently"), a claim a moment later with a {@link
 * org.camunda.bpm.engine.TaskAlreadyClaimedException} ("claimed by someone else"). Camunda's REST
 * answers both with 500. The loser should rather read "already claimed by anna", so the task is
 * looked up again after the race: its assignee is the winner.
 */
final class TaskConflicts {

  private static final Pattern TASK_ENTITY = Pattern.compile("TaskEntity\\[([^\\]]+)]");

  private TaskConflicts() {
  }

  static Response alreadyClaimed(String taskId, String assignee) {
    return conflict("TaskAlreadyClaimedException", "Task " + taskId + " is already claimed by " + assignee + ".");
  }

  /** A lost race: on a task that someone now holds, that is who claimed it first. */
  static Response changedConcurrently(String engineMessage) {
    Matcher task = TASK_ENTITY.matcher(engineMessage == null ? "" : engineMessage);
    String assignee = task.find() ? assigneeOf(task.group(1)) : null;
    if (assignee != null) {
      return alreadyClaimed(task.group(1), assignee);
    }
    return conflict("OptimisticLockingException",
        "Someone else changed this at the same moment. Reload it and try again if it is still needed.");
  }

  private static String assigneeOf(String taskId) {
    try {
      ProcessEngine engine = EngineUtil.lookupProcessEngine(null);
      Task task = engine == null ? null : engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
      return task == null ? null : task.getAssignee();
    } catch (RuntimeException e) {
      return null; // no engine to ask, or the caller may not read the task: say less
    }
  }

  private static Response conflict(String type, String message) {
    ExceptionDto body = new ExceptionDto();
    body.setType(type);
    body.setMessage(message);
    return Response.status(Response.Status.CONFLICT).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }
}
