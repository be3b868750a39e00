package eu.complaintdesk.security;

import static eu.complaintdesk.ProcessConstants.GROUP_ADMINS;
import static eu.complaintdesk.ProcessConstants.GROUP_AGENTS;
import static eu.complaintdesk.ProcessConstants.GROUP_ANALYSTS;
import static eu.complaintdesk.ProcessConstants.GROUP_INTAKE;
import static eu.complaintdesk.ProcessConstants.GROUP_MANAGERS;
import static eu.complaintdesk.ProcessConstants.GROUP_METRICS;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users for the embedded run, one per role, each with the user name as password. Never on in
 * production ({@code complaint-desk.demo-users=false} in the postgres profile).
 */
@Component
@ConditionalOnProperty(name = "complaint-desk.demo-users", havingValue = "true")
public class DemoUsers {

  record DemoUser(String id, String firstName, String lastName, String role, List<String> groups) {
  }

  static final List<DemoUser> USERS = List.of(
      new DemoUser("demo", "Demo", "Administrator", "administrator (Tasklist, Cockpit, Admin)",
          List.of(GROUP_ADMINS, GROUP_AGENTS, GROUP_MANAGERS)),
      new DemoUser("anna", "Anna", "Novak", "agent (Tasklist)", List.of(GROUP_AGENTS)),
      new DemoUser("peter", "Peter", "Ivanov", "agent (Tasklist)", List.of(GROUP_AGENTS)),
      new DemoUser("mary", "Mary", "Horvat", "manager (Tasklist, Cockpit)", List.of(GROUP_MANAGERS)),
      new DemoUser("alex", "Alex", "Petrov", "process analyst (Cockpit, deploys models)",
          List.of(GROUP_ANALYSTS)),
      new DemoUser("shop", "Web", "Shop", "integration (complaint API at /api)", List.of(GROUP_INTAKE)),
      new DemoUser("metrics", "Metrics", "Reader", "monitoring (/actuator/prometheus, health details)",
          List.of(GROUP_METRICS)));

  /**
   * The demo teams: groups of type {@code team}, by which the quality figures break agents down
   * (an administrator makes such a group in Admin).
   */
  static final String GROUP_TYPE_TEAM = "team";
  static final Map<String, List<String>> TEAMS = Map.of(
      "team-ljubljana", List.of("anna", "demo"),
      "team-sofia", List.of("peter"));

  private final IdentityService identityService;
  private final RoleSetup roles;

  DemoUsers(IdentityService identityService, RoleSetup roles) {
    this.identityService = identityService;
    this.roles = roles;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(20)
  void createDemoUsers() {
    for (DemoUser demo : USERS) {
      if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@complaint-desk.local");
        user.setPassword(demo.id());
        identityService.saveUser(user);
      }
      demo.groups().forEach(group -> roles.addMembership(demo.id(), group));
    }
    TEAMS.forEach((team, members) -> {
      if (identityService.createGroupQuery().groupId(team).count() == 0) {
        Group group = identityService.newGroup(team);
        group.setName(team);
        group.setType(GROUP_TYPE_TEAM);
        identityService.saveGroup(group);
      }
      members.forEach(member -> roles.addMembership(member, team));
    });
  }

  /** The logins for the start banner: user / password, then what the user is. */
  public List<String> logins() {
    return USERS.stream()
        .map(u -> String.format("%-16s %s", u.id() + " / " + u.id(), u.role()))
        .toList();
  }
}
