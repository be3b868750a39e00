package eu.complaintdesk.security;

import static eu.complaintdesk.ProcessConstants.GROUP_ADMINS;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Members of our {@code admins} group are engine administrators, like Camunda's own
 * {@code camunda-admin} group: whoever Admin puts in that group can do everything.
 */
@Component
class AdminsGroupPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<String> adminGroups = new ArrayList<>();
    if (configuration.getAdminGroups() != null) {
      adminGroups.addAll(configuration.getAdminGroups());
    }
    if (!adminGroups.contains(GROUP_ADMINS)) {
      adminGroups.add(GROUP_ADMINS);
    }
    configuration.setAdminGroups(adminGroups);
  }
}
