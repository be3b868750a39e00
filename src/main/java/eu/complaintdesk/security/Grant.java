package eu.complaintdesk.security;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** One line of the role table: the group may do these things to this resource. */
record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {

  static Grant grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    return new Grant(groupId, resource, resourceId, List.of(permissions));
  }
}
