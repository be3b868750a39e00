package eu.complaintdesk.tasklist;

import jakarta.ws.rs.Path;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/**
 * Serves the tab's script and stylesheet ({@code /camunda/api/tasklist/plugin/customer-tab/static/app/plugin.js}):
 * a plugin without a root resource of its own is listed in Tasklist's page but its assets are 404,
 * which leaves Tasklist loading forever. Public with a no-argument constructor for the webapps'
 * JAX-RS application, which creates it.
 */
@Path("plugin/" + CustomerTabPlugin.ID)
public class CustomerTabPluginResource extends AbstractTasklistPluginRootResource {

  public CustomerTabPluginResource() {
    super(CustomerTabPlugin.ID);
  }
}
