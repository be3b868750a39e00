package eu.complaintdesk.security;

import static eu.complaintdesk.ProcessConstants.GROUP_ADMINS;
import static eu.complaintdesk.ProcessConstants.GROUP_AGENTS;
import static eu.complaintdesk.ProcessConstants.GROUP_ANALYSTS;
import static eu.complaintdesk.ProcessConstants.GROUP_INTAKE;
import static eu.complaintdesk.ProcessConstants.GROUP_MANAGERS;
import static eu.complaintdesk.ProcessConstants.GROUP_METRICS;
import static eu.complaintdesk.ProcessConstants.GROUP_PRIVACY;
import static eu.complaintdesk.security.Grant.grant;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Creates the roles as groups, with what each may do, at every start. Idempotent: a group or
 * grant that exists is left as it is, a missing permission is added, and nothing is taken away
 * except the {@link #WITHDRAWN} permissions we once granted wrongly, so an administrator's
 * additions in Admin survive restarts.
 */
@Component
class RoleSetup {

  static final Map<String, String> GROUPS = Map.of(
      GROUP_AGENTS, "Complaint agents",
      GROUP_MANAGERS, "Complaint managers",
      GROUP_ANALYSTS, "Process analysts",
      GROUP_ADMINS, "Administrators",
      // Integrations: our REST API at /api lets them in; no grant in the engine, no webapp.
      GROUP_INTAKE, "Integrations (complaint API)",
      // Monitoring: quality/ActuatorAuthentication lets it read /actuator/prometheus and the health
      // details; no grant in the engine, no webapp.
      GROUP_METRICS, "Monitoring (metrics)",
      // Data-protection officers: privacy/PrivacyAuthentication lets them in to /api/privacy; no grant
      // in the engine, no webapp (they read personal data through that API only, and it logs them).
      GROUP_PRIVACY, "Data protection (export, access log)");

  static final List<Grant> GRANTS = List.of(
      // Agents work on complaints in Tasklist.
      grant(GROUP_AGENTS, APPLICATION, "tasklist", Permissions.ACCESS),
      grant(GROUP_AGENTS, FILTER, "*", Permissions.READ),
      grant(GROUP_AGENTS, USER, "*", Permissions.READ),
      grant(GROUP_AGENTS, GROUP, "*", Permissions.READ),
      // No task rights on the definition: the engine grants the candidate group READ and TASK_WORK
      // on each of its tasks (default-user-permission-name-for-task), so agents see and work only
      // the tasks of group agents, never a manager's approval. No READ_HISTORY either: it would show
      // every historic task (a manager's approval with reference, customer and assignee) and every
      // variable of every complaint. With enable-historic-instance-permissions the engine grants
      // the candidate group and the assignee READ on each historic task instead, which is all that
      // Tasklist reads from history (its History tab: the user operation log of the open task).
      // Nothing of ours reads history as the agent, so no HISTORIC_PROCESS_INSTANCE grant either.
      // CREATE_INSTANCE on every definition: agents start complaints and "Record a customer's call"
      // (managers too, below); analysts and integrations start neither.
      grant(GROUP_AGENTS, PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.CREATE_INSTANCE),
      grant(GROUP_AGENTS, PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE),
      // Managers take escalations, reassign work and watch the process in Cockpit.
      grant(GROUP_MANAGERS, APPLICATION, "tasklist", Permissions.ACCESS),
      grant(GROUP_MANAGERS, APPLICATION, "cockpit", Permissions.ACCESS),
      grant(GROUP_MANAGERS, FILTER, "*", Permissions.READ),
      grant(GROUP_MANAGERS, USER, "*", Permissions.READ),
      grant(GROUP_MANAGERS, GROUP, "*", Permissions.READ),
      grant(GROUP_MANAGERS, PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.UPDATE_TASK,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.UPDATE_INSTANCE,
          ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
          ProcessDefinitionPermissions.RETRY_JOB),
      grant(GROUP_MANAGERS, PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE,
          ProcessInstancePermissions.READ, ProcessInstancePermissions.UPDATE,
          ProcessInstancePermissions.RETRY_JOB),
      grant(GROUP_MANAGERS, TASK, "*", TaskPermissions.READ, TaskPermissions.UPDATE,
          TaskPermissions.TASK_ASSIGN),
      grant(GROUP_MANAGERS, DECISION_DEFINITION, "*", Permissions.READ,
          Permissions.READ_HISTORY),
      grant(GROUP_MANAGERS, DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ),
      grant(GROUP_MANAGERS, DEPLOYMENT, "*", Permissions.READ),
      // Analysts change and deploy the models (Modeler to REST) and see how they run in Cockpit.
      grant(GROUP_ANALYSTS, APPLICATION, "cockpit", Permissions.ACCESS),
      grant(GROUP_ANALYSTS, DEPLOYMENT, "*", Permissions.CREATE, Permissions.READ, Permissions.DELETE),
      grant(GROUP_ANALYSTS, PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY),
      grant(GROUP_ANALYSTS, DECISION_DEFINITION, "*", Permissions.READ,
          Permissions.READ_HISTORY, Permissions.CREATE_INSTANCE),
      grant(GROUP_ANALYSTS, DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ));

  /**
   * What earlier versions granted and must not stay: READ_TASK and UPDATE_TASK on every process
   * definition let agents read, claim and complete the managers' tasks, an approval of their own
   * offer included; READ_HISTORY on every process definition let them read every historic task
   * and variable, the managers' approvals too. {@link #createRoles()} only ever adds, so a
   * database from before would keep them; these are taken out at every start (nothing happens once
   * they are gone). Other permissions of the same authorization, an administrator's additions
   * among them, stay.
   */
  static final List<Grant> WITHDRAWN = List.of(
      grant(GROUP_AGENTS, PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ_TASK,
          ProcessDefinitionPermissions.UPDATE_TASK, ProcessDefinitionPermissions.READ_HISTORY));

  private static final Logger LOG = LoggerFactory.getLogger(RoleSetup.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final Environment environment;

  RoleSetup(IdentityService identityService, AuthorizationService authorizationService,
      Environment environment) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.environment = environment;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(10)
  void createRoles() {
    GROUPS.forEach(this::createGroup);
    GRANTS.forEach(this::apply);
    WITHDRAWN.forEach(this::withdraw);
    String admin = environment.getProperty("camunda.bpm.admin-user.id");
    if (admin != null && identityService.createUserQuery().userId(admin).count() == 1) {
      addMembership(admin, GROUP_ADMINS);
    }
    LOG.info("Roles ready: groups {}, {} grants", GROUPS.keySet(), GRANTS.size());
  }

  /** Puts a user into a group unless already a member. */
  void addMembership(String userId, String groupId) {
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }

  private void createGroup(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(GROUP_ADMINS.equals(id) ? "SYSTEM" : "WORKFLOW");
      identityService.saveGroup(group);
    }
  }

  private void apply(Grant grant) {
    Authorization authorization = existing(grant);
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(grant.groupId());
      authorization.setResource(grant.resource());
      authorization.setResourceId(grant.resourceId());
    }
    Authorization toSave = authorization;
    boolean missing = grant.permissions().stream().anyMatch(p -> !toSave.isPermissionGranted(p));
    if (missing) {
      grant.permissions().forEach(toSave::addPermission);
      authorizationService.saveAuthorization(toSave);
    }
  }

  private void withdraw(Grant grant) {
    Authorization authorization = existing(grant);
    if (authorization == null || grant.permissions().stream().noneMatch(authorization::isPermissionGranted)) {
      return;
    }
    grant.permissions().forEach(authorization::removePermission);
    authorizationService.saveAuthorization(authorization);
    LOG.warn("Withdrawn from group {}: {} on {} {} (granted too broadly by an earlier version)",
        grant.groupId(), grant.permissions(), grant.resource().resourceName(), grant.resourceId());
  }

  private Authorization existing(Grant grant) {
    return authorizationService.createAuthorizationQuery()
        .groupIdIn(grant.groupId())
        .resourceType(grant.resource())
        .resourceId(grant.resourceId())
        .authorizationType(AUTH_TYPE_GRANT)
        .singleResult();
  }
}
