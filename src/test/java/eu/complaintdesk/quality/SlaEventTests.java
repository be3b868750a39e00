package eu.complaintdesk.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each SLA event names a deadline timer of the diagram: an analyst who renames or removes one in
 * the Modeler learns here that the SLA figures would stop counting it.
 */
class SlaEventTests {

  private static final BpmnModelInstance DIAGRAM =
      Bpmn.readModelFromFile(Path.of("processes", "complaint-handling.bpmn").toFile());

  @ParameterizedTest
  @EnumSource(SlaEvent.class)
  void eachEvent_isATimerOnTheDiagram(SlaEvent event) {
    BoundaryEvent timer = DIAGRAM.getModelElementById(event.activityId);

    assertThat(timer).as("boundary event %s", event.activityId).isNotNull();
    assertThat(timer.getEventDefinitions()).singleElement().isInstanceOf(TimerEventDefinition.class);
    assertThat(SlaEvent.of(event.activityId)).contains(event);
  }
}
