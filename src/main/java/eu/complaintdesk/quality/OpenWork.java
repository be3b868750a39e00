package eu.complaintdesk.quality;

import static eu.complaintdesk.ProcessConstants.PROCESS_COMPLAINT_HANDLING;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.MultiGauge.Row;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.management.IncidentStatistics;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Where the running complaints are and where they are stuck: {@code complaintdesk_open_complaints}
 * and {@code complaintdesk_open_incidents} by activity (id and name from the diagram).
 *
 * <p>The figures come from the engine's statistics queries, the ones Cockpit draws its diagram
 * badges with: one per process definition version that still has running complaints, each a
 * {@code group by} over the running executions and incidents (indexed by definition), never over
 * history. They are computed every {@code complaint-desk.metrics.refresh} (5 seconds) and held in
 * between, so a scrape reads numbers in memory and any number of scrapers cost the database the
 * same. A complaint that works on two steps at once (a reminder beside the waiting task, the
 * subprocess around its tasks) counts at each.
 */
@Component
class OpenWork {

  static final String OPEN_COMPLAINTS = "complaintdesk.open.complaints";
  static final String OPEN_INCIDENTS = "complaintdesk.open.incidents";

  private static final Logger LOG = LoggerFactory.getLogger(OpenWork.class);

  private final ManagementService managementService;
  private final RepositoryService repositoryService;
  private final MultiGauge complaints;
  private final MultiGauge incidents;

  OpenWork(ManagementService managementService, RepositoryService repositoryService, MeterRegistry registry) {
    this.managementService = managementService;
    this.repositoryService = repositoryService;
    this.complaints = MultiGauge.builder(OPEN_COMPLAINTS)
        .description("Running complaints at each step (activity) of the diagram")
        .baseUnit("complaints")
        .register(registry);
    this.incidents = MultiGauge.builder(OPEN_INCIDENTS)
        .description("Open incidents of running complaints (failed jobs, e.g. a mail), by activity and type")
        .baseUnit("incidents")
        .register(registry);
  }

  /** The activity, its name in the diagram and, for incidents, the incident type. */
  private record Key(String activityId, String activityName, String incidentType) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      return (activityId + "/" + incidentType).compareTo(other.activityId + "/" + other.incidentType);
    }
  }

  @Scheduled(initialDelayString = "${complaint-desk.metrics.refresh:PT5S}",
      fixedDelayString = "${complaint-desk.metrics.refresh:PT5S}")
  void refresh() {
    Map<Key, Integer> atStep = new TreeMap<>();
    Map<Key, Integer> stuck = new TreeMap<>();
    try {
      for (ProcessDefinitionStatistics definition : managementService.createProcessDefinitionStatisticsQuery().list()) {
        if (!PROCESS_COMPLAINT_HANDLING.equals(definition.getKey()) || definition.getInstances() == 0) {
          continue;
        }
        var model = repositoryService.getBpmnModelInstance(definition.getId());
        for (ActivityStatistics activity : managementService.createActivityStatisticsQuery(definition.getId())
            .includeIncidents().list()) {
          FlowElement element = model.getModelElementById(activity.getId());
          String name = element == null || element.getName() == null ? activity.getId() : element.getName();
          atStep.merge(new Key(activity.getId(), name, null), activity.getInstances(), Integer::sum);
          for (IncidentStatistics incident : activity.getIncidentStatistics()) {
            stuck.merge(new Key(activity.getId(), name, incident.getIncidentType()), incident.getIncidentCount(),
                Integer::sum);
          }
        }
      }
    } catch (RuntimeException e) {
      // The last figures stay; a database that is away shows in the health endpoint.
      LOG.warn("The open complaints and incidents could not be counted: {}", e.getMessage());
      return;
    }
    complaints.register(rows(atStep), true);
    incidents.register(rows(stuck), true);
  }

  private static List<Row<?>> rows(Map<Key, Integer> counts) {
    List<Row<?>> rows = new ArrayList<>();
    counts.forEach((key, count) -> {
      Tags tags = Tags.of("activity.id", key.activityId(), "activity.name", key.activityName());
      rows.add(Row.of(key.incidentType() == null ? tags : tags.and("incident.type", key.incidentType()), count));
    });
    return rows;
  }
}
