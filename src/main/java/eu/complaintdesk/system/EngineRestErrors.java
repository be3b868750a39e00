package eu.complaintdesk.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Gives the engine's REST APIs (ours at {@code /engine-rest} and the one behind Tasklist and
 * Cockpit) the status a refusal deserves when it comes from our own rules inside the engine.
 *
 * <p>The engine wraps every exception of a task or execution listener in a plain
 * {@link ProcessEngineException} ("There was an exception while invoking the TaskListener"), and
 * the REST resources turn that into a 500. So a completion refused because the approver made the
 * offer, or an answer refused because its score is not a number, would reach the caller as a
 * server error. Here the cause chain is searched for what really happened: an
 * {@link AuthorizationException} answers 403, a {@link BadUserRequestException} or a form field
 * validation 400, each with its own readable message and no stack trace. Two users who claim the
 * same task at once are no server error either: the loser gets 409 with who won
 * ({@link TaskConflicts}). Everything else keeps Camunda's own answer ({@link ExceptionHandlerHelper}).
 *
 * <p>Jersey applies a {@link ForcedAutoDiscoverable} listed in {@code META-INF/services} to every
 * Jersey application in the JVM, which is the only way into the webapps' own REST application.
 */
public class EngineRestErrors implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(RestErrors.class)) {
      context.register(new RestErrors());
      context.register(new EngineErrors());
    }
  }

  /** Camunda's answer, unless a refusal of ours or a lost race hides under a server error. */
  static Response respond(Throwable thrown) {
    // Before Camunda's answer, which would log a lost race as a server error.
    for (Throwable cause = thrown; cause != null; cause = next(cause)) {
      if (cause instanceof TaskAlreadyClaimedException claimed) {
        return TaskConflicts.alreadyClaimed(claimed.getTaskId(), claimed.getTaskAssignee());
      }
      if (cause instanceof OptimisticLockingException) {
        return TaskConflicts.changedConcurrently(cause.getMessage());
      }
    }
    return ExceptionHandlerHelper.getInstance().getResponse(refusalIn(thrown));
  }

  /** Our refusal under a server error, or the exception itself (asked first, so only one is logged). */
  private static Throwable refusalIn(Throwable thrown) {
    if (ExceptionHandlerHelper.getInstance().getStatus(thrown) != Response.Status.INTERNAL_SERVER_ERROR) {
      return thrown;
    }
    for (Throwable cause = thrown.getCause(); cause != null; cause = next(cause)) {
      if (cause instanceof AuthorizationException || cause instanceof BadUserRequestException
          || cause instanceof FormFieldValidationException) {
        return cause;
      }
    }
    return thrown;
  }

  private static Throwable next(Throwable cause) {
    return cause.getCause() == cause ? null : cause.getCause();
  }

  /**
   * Replaces Camunda's mapper of the same type: of two mappers for one type Jersey takes the one
   * of higher priority (the lower number).
   */
  @Priority(1)
  static final class RestErrors implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      return respond(exception);
    }
  }

  @Priority(1)
  static final class EngineErrors implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return respond(exception);
    }
  }
}
