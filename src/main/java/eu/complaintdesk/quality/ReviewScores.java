package eu.complaintdesk.quality;

import static eu.complaintdesk.ProcessConstants.REVIEW_STEP_SCORES;
import static eu.complaintdesk.ProcessConstants.VAR_QUALITY_NOTES;
import static eu.complaintdesk.ProcessConstants.VAR_QUALITY_SCORE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.complaintdesk.quality.Timeline.Review;
import eu.complaintdesk.quality.Timeline.Score;
import eu.complaintdesk.quality.Timeline.Step;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * The quality review of a complaint as the timeline tells it: who reviewed it when, the overall score,
 * each checklist step's score under the words the reviewer read in the form, and the notes. The words
 * come from {@code review-quality.form} of the complaint's own deployment (the form is bound to it),
 * so they live only in the form that analysts edit.
 */
@Component
class ReviewScores {

  static final String FORM = "review-quality.form";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HistoryService history;
  private final RepositoryService repository;
  /** The form's labels by field key, per deployment: a deployment never changes. */
  private final Map<String, Map<String, String>> labels = new ConcurrentHashMap<>();

  ReviewScores(HistoryService history, RepositoryService repository) {
    this.history = history;
    this.repository = repository;
  }

  /** The review, once its task was completed; null before, and for a complaint not reviewed. */
  Review of(HistoricProcessInstance instance, Step reviewTask) {
    if (reviewTask == null || reviewTask.endedAt() == null || reviewTask.canceled()) {
      return null;
    }
    List<String> names = new ArrayList<>(REVIEW_STEP_SCORES);
    names.addAll(List.of(VAR_QUALITY_SCORE, VAR_QUALITY_NOTES));
    Map<String, Object> values = new HashMap<>();
    history.createHistoricVariableInstanceQuery().processInstanceIdIn(instance.getId())
        .variableNameIn(names.toArray(String[]::new)).disableCustomObjectDeserialization().list().stream()
        .filter(variable -> variable.getValue() != null)
        .forEach(variable -> values.put(variable.getName(), variable.getValue()));
    Map<String, String> words = labelsOf(instance.getProcessDefinitionId());
    List<Score> steps = new ArrayList<>();
    for (int step = 1; step <= REVIEW_STEP_SCORES.size(); step++) {
      String key = REVIEW_STEP_SCORES.get(step - 1);
      steps.add(new Score(step, key, words.getOrDefault(key, key), score(values.get(key))));
    }
    Object notes = values.get(VAR_QUALITY_NOTES);
    return new Review(reviewTask.endedAt(), reviewTask.completedBy(), score(values.get(VAR_QUALITY_SCORE)), steps,
        notes == null ? null : notes.toString());
  }

  private static Integer score(Object value) {
    return value instanceof Number number ? number.intValue() : null;
  }

  private Map<String, String> labelsOf(String processDefinitionId) {
    String deploymentId = repository.getProcessDefinition(processDefinitionId).getDeploymentId();
    return labels.computeIfAbsent(deploymentId, this::readLabels);
  }

  private Map<String, String> readLabels(String deploymentId) {
    Map<String, String> byKey = new HashMap<>();
    repository.getDeploymentResourceNames(deploymentId).stream()
        .filter(name -> name.equals(FORM) || name.endsWith("/" + FORM)).findFirst().ifPresent(name -> {
          try (InputStream form = repository.getResourceAsStream(deploymentId, name)) {
            components(JSON.readTree(form).path("components")).filter(component -> component.has("key"))
                .forEach(component -> byKey.put(component.path("key").asText(), component.path("label").asText()));
          } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name + " of deployment " + deploymentId, e);
          }
        });
    return byKey;
  }

  /** The form's components, those inside groups too. */
  private static Stream<JsonNode> components(JsonNode components) {
    List<JsonNode> all = new ArrayList<>();
    components.forEach(component -> {
      all.add(component);
      components(component.path("components")).forEach(all::add);
    });
    return all.stream();
  }
}
