package eu.complaintdesk.quality;

import jakarta.ws.rs.Path;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/**
 * Serves the dashboard plugin's script
 * ({@code /camunda/api/cockpit/plugin/complaint-quality/static/app/plugin.js}), for the reason
 * {@link TimelinePluginResource} gives. Public with a no-argument constructor for the webapps'
 * JAX-RS application.
 */
@Path("plugin/" + QualityDashboardPlugin.ID)
public class QualityDashboardPluginResource extends AbstractCockpitPluginRootResource {

  public QualityDashboardPluginResource() {
    super(QualityDashboardPlugin.ID);
  }
}
