package eu.complaintdesk.quality;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * Registers the audit timeline with Cockpit (Camunda's plugin SPI, listed in
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}): Cockpit serves the
 * script from {@code plugin-webapp/complaint-timeline/app/plugin.js} on the classpath and shows it
 * as a tab of a process instance ({@code cockpit.processInstance.runtime.tab}), without a Cockpit
 * rebuild. Public with a no-argument constructor: the webapps load it with {@link java.util.ServiceLoader}.
 */
public class TimelinePlugin extends AbstractCockpitPlugin {

  /** The plugin's id: its folder under {@code plugin-webapp/} and its URL in the webapps' API. */
  public static final String ID = "complaint-timeline";

  @Override
  public String getId() {
    return ID;
  }

  /** The JAX-RS resource that serves the script and stylesheet from the asset directory. */
  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(TimelinePluginResource.class);
  }
}
