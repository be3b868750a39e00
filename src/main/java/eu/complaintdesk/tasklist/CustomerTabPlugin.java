package eu.complaintdesk.tasklist;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * Registers the Customer tab with Tasklist (Camunda's plugin SPI, listed in
 * {@code META-INF/services/org.camunda.bpm.tasklist.plugin.spi.TasklistPlugin}). Tasklist serves
 * the script from {@code plugin-webapp/customer-tab/app/plugin.js} on the classpath and shows it at
 * the plugin point {@code tasklist.task.detail}: a tab beside Form, History and Diagram. Public
 * with a no-argument constructor, because the webapps load it with {@link java.util.ServiceLoader}.
 */
public class CustomerTabPlugin extends AbstractTasklistPlugin {

  /** The plugin's id: its folder under {@code plugin-webapp/} and its URL in the webapps' API. */
  public static final String ID = "customer-tab";

  @Override
  public String getId() {
    return ID;
  }

  /** The JAX-RS resource that serves the script and stylesheet from the asset directory. */
  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(CustomerTabPluginResource.class);
  }
}
