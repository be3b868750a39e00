package eu.complaintdesk.quality;

import static eu.complaintdesk.ProcessConstants.PROCESS_COMPLAINT_HANDLING;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Counts the SLA warnings and breaches ({@link SlaEvent}) as their timers fire, in
 * {@code complaintdesk_sla_events_total}. A listener added when the diagram is parsed (as
 * {@code complaint/CompletionRulesPlugin} adds its rules), so the diagram stays free of metrics and
 * a redeployed model is counted too. It counts once the engine's transaction has committed: a
 * firing that is rolled back and retried counts once.
 *
 * <p>Counting as they happen, per node since its start, is what a Prometheus counter is: the
 * server adds the nodes up and bridges restarts. Counting the history instead would be a query
 * over {@code ACT_HI_ACTINST} by activity id, which has no index for it, on every refresh.
 */
@Component
class SlaEventsPlugin extends AbstractProcessEnginePlugin {

  static final String METRIC = "complaintdesk.sla.events";

  private final Map<SlaEvent, Counter> counters = new EnumMap<>(SlaEvent.class);

  SlaEventsPlugin(MeterRegistry registry) {
    for (SlaEvent event : SlaEvent.values()) {
      counters.put(event, Counter.builder(METRIC)
          .description("SLA warnings and breaches of complaints: deadline timers that fired")
          .baseUnit("events")
          .tag("deadline", event.deadline)
          .tag("level", event.level)
          .tag("event", event.activityId)
          .register(registry));
    }
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseBoundaryEvent(Element boundaryEventElement, ScopeImpl scopeElement, ActivityImpl activity) {
        if (activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition
            && PROCESS_COMPLAINT_HANDLING.equals(definition.getKey())) {
          SlaEvent.of(activity.getId()).map(counters::get).ifPresent(counter ->
              activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution ->
                  Context.getCommandContext().getTransactionContext()
                      .addTransactionListener(TransactionState.COMMITTED, committed -> counter.increment())));
        }
      }
    });
  }
}
