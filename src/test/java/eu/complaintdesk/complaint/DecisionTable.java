package eu.complaintdesk.complaint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;

/**
 * One decision table of {@code processes/}, evaluated by a real Camunda DMN engine (FEEL included),
 * as the analyst saved it: the tests read the file, not a copy on the classpath.
 *
 * <p>Besides the outputs it records which rules matched, so that a test can say which rule decided
 * and that no case falls through to a table's safety-net rule.
 */
final class DecisionTable {

  /** What one evaluation produced: the result rows and the ids of the rules behind them. */
  record Evaluation(List<Map<String, Object>> results, List<String> matchedRuleIds) {

    Map<String, Object> singleResult() {
      if (results.size() != 1) {
        throw new AssertionError("expected exactly one result, got " + results);
      }
      return results.get(0);
    }
  }

  private final DmnEngine engine;
  private final DmnDecision decision;
  private final List<String> matchedRuleIds = new ArrayList<>();

  private DecisionTable(Path file, String decisionKey) {
    this.engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
        .customPostDecisionTableEvaluationListeners(List.of(event -> event.getMatchingRules().stream()
            .map(DmnEvaluatedDecisionRule::getId)
            .forEach(matchedRuleIds::add)))
        .buildEngine();
    try (InputStream in = Files.newInputStream(file)) {
      this.decision = engine.parseDecision(decisionKey, in);
    }
    catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DecisionTable load(String file, String decisionKey) {
    return new DecisionTable(Path.of("processes", file), decisionKey);
  }

  Evaluation evaluate(Map<String, Object> variables) {
    matchedRuleIds.clear();
    List<Map<String, Object>> results = engine.evaluateDecisionTable(decision, variables).getResultList();
    return new Evaluation(results, List.copyOf(matchedRuleIds));
  }
}
