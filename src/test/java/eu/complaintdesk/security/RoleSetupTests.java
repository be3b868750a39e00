package eu.complaintdesk.security;

import static eu.complaintdesk.ProcessConstants.GROUP_ADMINS;
import static eu.complaintdesk.ProcessConstants.GROUP_AGENTS;
import static eu.complaintdesk.ProcessConstants.GROUP_ANALYSTS;
import static eu.complaintdesk.ProcessConstants.GROUP_INTAKE;
import static eu.complaintdesk.ProcessConstants.GROUP_MANAGERS;
import static eu.complaintdesk.ProcessConstants.GROUP_METRICS;
import static eu.complaintdesk.ProcessConstants.GROUP_PRIVACY;
import static org.assertj.core.api.Assertions.assertThat;

import eu.complaintdesk.ComplaintDeskTest;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ComplaintDeskTest
class RoleSetupTests {

  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  RoleSetup roleSetup;
  @Autowired
  DemoUsers demoUsers;
  @Autowired
  ProcessEngine processEngine;

  @Test
  void theRolesExistWithTheirDemoMembers() {
    assertThat(identityService.createGroupQuery().list())
        .extracting("id")
        .contains(GROUP_AGENTS, GROUP_MANAGERS, GROUP_ANALYSTS, GROUP_ADMINS);
    assertThat(members(GROUP_AGENTS)).contains("anna", "peter", "demo");
    assertThat(members(GROUP_MANAGERS)).contains("mary", "demo");
    assertThat(members(GROUP_ANALYSTS)).containsExactly("alex");
    assertThat(members(GROUP_ADMINS)).containsExactly("demo");
    assertThat(members(GROUP_INTAKE)).contains("shop");
    assertThat(members(GROUP_METRICS)).containsExactly("metrics");
    assertThat(members(GROUP_PRIVACY)).containsExactly("dora");
  }

  @Test
  void eachRoleMayDoWhatItsWorkNeedsAndNoMore() {
    assertThat(may("anna", GROUP_AGENTS, Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();
    assertThat(may("anna", GROUP_AGENTS, Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isFalse();
    assertThat(may("anna", GROUP_AGENTS, ProcessDefinitionPermissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, "complaintHandling")).isTrue();
    assertThat(may("anna", GROUP_AGENTS, Permissions.CREATE, Resources.DEPLOYMENT, "*")).isFalse();
    assertThat(may("mary", GROUP_MANAGERS, ProcessDefinitionPermissions.RETRY_JOB,
        Resources.PROCESS_DEFINITION, "complaintHandling")).isTrue();
    assertThat(may("alex", GROUP_ANALYSTS, Permissions.CREATE, Resources.DEPLOYMENT, "*")).isTrue();
    assertThat(may("alex", GROUP_ANALYSTS, Permissions.ACCESS, Resources.APPLICATION, "admin")).isFalse();
    // Integrations use our /api only: nothing in the engine or the webapps.
    assertThat(may("shop", GROUP_INTAKE, Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isFalse();
    assertThat(may("shop", GROUP_INTAKE, ProcessDefinitionPermissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, "complaintHandling")).isFalse();
    // Monitoring reads the Actuator's figures (quality/ActuatorAuthentication): nothing in the engine.
    assertThat(may("metrics", GROUP_METRICS, Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isFalse();
    assertThat(may("metrics", GROUP_METRICS, ProcessDefinitionPermissions.READ,
        Resources.PROCESS_DEFINITION, "complaintHandling")).isFalse();
    // Data-protection officers read through /api/privacy only (privacy/PrivacyAuthentication): nothing in the engine.
    assertThat(may("dora", GROUP_PRIVACY, Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isFalse();
    assertThat(may("dora", GROUP_PRIVACY, ProcessDefinitionPermissions.READ_HISTORY,
        Resources.PROCESS_DEFINITION, "complaintHandling")).isFalse();
  }

  @Test
  void agentsHaveNoRightsOnTasksThatAreNotTheirGroups_managersOnAllComplaintTasks() {
    for (var permission : List.of(ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.UPDATE_TASK,
        ProcessDefinitionPermissions.TASK_WORK)) {
      assertThat(may("anna", GROUP_AGENTS, permission, Resources.PROCESS_DEFINITION, "complaintHandling"))
          .as("agents: %s on the complaint process", permission).isFalse();
    }
    assertThat(may("mary", GROUP_MANAGERS, ProcessDefinitionPermissions.READ_TASK,
        Resources.PROCESS_DEFINITION, "complaintHandling")).isTrue();
    assertThat(may("mary", GROUP_MANAGERS, ProcessDefinitionPermissions.UPDATE_TASK,
        Resources.PROCESS_DEFINITION, "complaintHandling")).isTrue();
  }

  @Test
  void agentsReadTheHistoryOfTheirTasksOnly_managersAndAnalystsTheWholeProcess() {
    assertThat(((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .isEnableHistoricInstancePermissions())
        .as("the engine grants each task's candidate group and assignee READ on its history").isTrue();
    assertThat(may("anna", GROUP_AGENTS, ProcessDefinitionPermissions.READ_HISTORY,
        Resources.PROCESS_DEFINITION, "complaintHandling")).isFalse();
    assertThat(may("anna", GROUP_AGENTS, HistoricProcessInstancePermissions.READ,
        Resources.HISTORIC_PROCESS_INSTANCE, "*")).isFalse();
    assertThat(may("mary", GROUP_MANAGERS, ProcessDefinitionPermissions.READ_HISTORY,
        Resources.PROCESS_DEFINITION, "complaintHandling")).isTrue();
    assertThat(may("alex", GROUP_ANALYSTS, ProcessDefinitionPermissions.READ_HISTORY,
        Resources.PROCESS_DEFINITION, "complaintHandling")).isTrue();
  }

  @Test
  void aDatabaseFromBefore_losesTheAgentsTaskAndHistoryRights_andKeepsAnAdministratorsAddition() {
    // Given the agents' grant on every process definition as an earlier version left it, and a
    // permission an administrator added to it in Admin
    Authorization agents = agentsOnEveryDefinition();
    agents.addPermission(ProcessDefinitionPermissions.READ_TASK);
    agents.addPermission(ProcessDefinitionPermissions.UPDATE_TASK);
    agents.addPermission(ProcessDefinitionPermissions.READ_HISTORY);
    agents.addPermission(ProcessDefinitionPermissions.SUSPEND_INSTANCE);
    authorizationService.saveAuthorization(agents);
    assertThat(may("anna", GROUP_AGENTS, ProcessDefinitionPermissions.READ_TASK,
        Resources.PROCESS_DEFINITION, "complaintHandling")).isTrue();

    try {
      // When the application starts on that database
      roleSetup.createRoles();

      // Then the task and history rights are gone, and the rest of the grant and the addition stay
      Authorization after = agentsOnEveryDefinition();
      assertThat(after.isPermissionGranted(ProcessDefinitionPermissions.READ_TASK)).isFalse();
      assertThat(after.isPermissionGranted(ProcessDefinitionPermissions.UPDATE_TASK)).isFalse();
      assertThat(after.isPermissionGranted(ProcessDefinitionPermissions.READ_HISTORY)).isFalse();
      assertThat(after.isPermissionGranted(ProcessDefinitionPermissions.SUSPEND_INSTANCE)).isTrue();
      assertThat(after.isPermissionGranted(ProcessDefinitionPermissions.CREATE_INSTANCE)).isTrue();
    } finally {
      Authorization cleanUp = agentsOnEveryDefinition();
      cleanUp.removePermission(ProcessDefinitionPermissions.SUSPEND_INSTANCE);
      authorizationService.saveAuthorization(cleanUp);
    }
  }

  @Test
  void setupRunAgainChangesNothing() {
    // Given what the start-up created
    long authorizations = authorizationService.createAuthorizationQuery().count();
    long memberships = identityService.createUserQuery().memberOfGroup(GROUP_AGENTS).count();

    // When the application starts again on the same database
    roleSetup.createRoles();
    demoUsers.createDemoUsers();

    // Then nothing is duplicated
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(identityService.createUserQuery().memberOfGroup(GROUP_AGENTS).count()).isEqualTo(memberships);
  }

  private Authorization agentsOnEveryDefinition() {
    return authorizationService.createAuthorizationQuery().groupIdIn(GROUP_AGENTS)
        .resourceType(Resources.PROCESS_DEFINITION).resourceId("*").singleResult();
  }

  private List<String> members(String group) {
    return identityService.createUserQuery().memberOfGroup(group).list().stream()
        .map(user -> user.getId())
        .toList();
  }

  private boolean may(String user, String group, org.camunda.bpm.engine.authorization.Permission permission,
      Resources resource, String resourceId) {
    return authorizationService.isUserAuthorized(user, List.of(group), permission, resource, resourceId);
  }
}
