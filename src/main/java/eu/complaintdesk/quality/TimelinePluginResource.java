package eu.complaintdesk.quality;

import jakarta.ws.rs.Path;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/**
 * Serves the tab's script ({@code /camunda/api/cockpit/plugin/complaint-timeline/static/app/plugin.js}):
 * without a root resource of its own a plugin is listed in Cockpit's page but its script is 404,
 * and Cockpit never finishes loading. Public with a no-argument constructor for the webapps' JAX-RS
 * application, which creates it.
 */
@Path("plugin/" + TimelinePlugin.ID)
public class TimelinePluginResource extends AbstractCockpitPluginRootResource {

  public TimelinePluginResource() {
    super(TimelinePlugin.ID);
  }
}
