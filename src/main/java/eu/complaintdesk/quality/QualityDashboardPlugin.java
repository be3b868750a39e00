package eu.complaintdesk.quality;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * Registers today's quality figures with Cockpit's dashboard (plugin point {@code cockpit.dashboard},
 * shown in the dashboard's section of custom plugins): the script in
 * {@code plugin-webapp/complaint-quality/app/plugin.js} reads {@code /api/quality/today} in the
 * Cockpit session and links to the breached complaints' timelines and to the dashboard page.
 * Registered in the same SPI file as the audit timeline; public with a no-argument constructor for
 * {@link java.util.ServiceLoader}.
 */
public class QualityDashboardPlugin extends AbstractCockpitPlugin {

  /** The plugin's id: its folder under {@code plugin-webapp/} and its URL in the webapps' API. */
  public static final String ID = "complaint-quality";

  @Override
  public String getId() {
    return ID;
  }

  /** The JAX-RS resource that serves the script and stylesheet from the asset directory. */
  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(QualityDashboardPluginResource.class);
  }
}
