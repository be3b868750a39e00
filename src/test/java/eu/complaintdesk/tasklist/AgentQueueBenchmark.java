package eu.complaintdesk.tasklist;

import static eu.complaintdesk.ProcessConstants.ACTIVITY_LISTEN_TO_CUSTOMER;
import static eu.complaintdesk.ProcessConstants.GROUP_AGENTS;
import static eu.complaintdesk.ProcessConstants.PROCESS_COMPLAINT_HANDLING;
import static eu.complaintdesk.ProcessConstants.TASK_APPROVE_OFFER;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import eu.complaintdesk.ComplaintDeskTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The agents' queue with many open complaints (issue 11): each Tasklist filter's first page and
 * count, the queue query of the issue, and a task completion, each by 8 agents at once over the
 * engine's REST API, as agents (not administrators), before and after each tuning. A benchmark, not
 * a test: {@code mvn verify} never runs it (tag {@value #TAG}); {@code benchmarks/run agent-queue}
 * does, and writes the figures to {@code target/benchmarks/agent-queue.md}.
 *
 * <p>It asserts only what must hold whatever the speed: after each tuning agents still see every
 * task of their group and no task of the managers.
 */
@Tag(AgentQueueBenchmark.TAG)
@ComplaintDeskTest
class AgentQueueBenchmark {

  static final String TAG = "benchmark";
  private static final Logger LOG = LoggerFactory.getLogger(AgentQueueBenchmark.class);
  private static final int OPEN = Integer.getInteger("benchmark.open-complaints", 100_000);
  private static final int TEMPLATES = Integer.getInteger("benchmark.templates", 500);
  private static final int AGENTS = Integer.getInteger("benchmark.agents", 8);
  private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 5);
  /** One template in this many waits at a managers' task (Approve the offer). */
  private static final int MANAGERS_EVERY = 20;
  private static final List<String> FILTERS = List.of("My tasks", "My group tasks", "All open tasks");

  @Autowired
  ProcessEngine engine;
  @Autowired
  DataSource dataSource;
  @Autowired
  Environment environment;
  @Autowired
  QueueIndexes queueIndexes;

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final StringBuilder report = new StringBuilder();
  private final ConcurrentLinkedQueue<String> toComplete = new ConcurrentLinkedQueue<>();
  private JdbcTemplate jdbc;

  @Test
  void agentQueueWithManyOpenComplaints() throws Exception {
    BpmnAwareTests.init(engine);
    jdbc = new JdbcTemplate(dataSource);

    // Given OPEN open complaints, their tasks in the agents' and the managers' queues
    long started = System.nanoTime();
    OpenComplaints generator = new OpenComplaints(engine, dataSource);
    List<String> templates = generator.startTemplates(TEMPLATES, MANAGERS_EVERY);
    long templatesDone = System.nanoTime();
    long open = generator.copy(templates, Math.max(0, OPEN / TEMPLATES - 1));
    long copied = System.nanoTime();
    jdbc.execute("analyze");
    machine(open, templatesDone - started, copied - templatesDone);
    createAgents();
    long agentTasks = engine.getTaskService().createTaskQuery().taskCandidateGroup(GROUP_AGENTS).count();
    long managerTasks = engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_APPROVE_OFFER).count();
    report.append("Open tasks: ").append(agentTasks).append(" for agents, ").append(managerTasks)
        .append(" for managers (Approve the offer).\n\n");
    assertThat(managerTasks).isPositive();

    // When the agents work their queue, after each tuning in turn, Then they see what they saw before
    Map<String, Runnable> tunings = new LinkedHashMap<>();
    tunings.put("today's settings (the engine's indexes only, jit on, authorization-check-revokes auto)", () -> {
      configuration().setAuthorizationCheckRevokes(ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_AUTO);
      queueIndexes.drop();
      jit("on");
    });
    tunings.put("+ index on the task lists' order (tasklist/QueueIndexes)", () -> {
      queueIndexes.create();
      jdbc.execute("analyze act_ru_task");
    });
    tunings.put("+ jit off (application-postgres.yaml)", () -> jit("off"));
    tunings.put("candidate, not kept: + authorization-check-revokes never", () ->
        configuration().setAuthorizationCheckRevokes(ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_NEVER));
    for (var tuning : tunings.entrySet()) {
      tuning.getValue().run();
      measure(tuning.getKey());
      assertThat(count("/task/count?taskDefinitionKey=" + TASK_APPROVE_OFFER))
          .as("agents see no managers' task after: %s", tuning.getKey()).isZero();
      assertThat(count("/filter/" + filterId("All open tasks") + "/count"))
          .as("agents see every task of their group after: %s", tuning.getKey())
          .isEqualTo(engine.getTaskService().createTaskQuery().taskCandidateGroup(GROUP_AGENTS).count());
    }
    configuration().setAuthorizationCheckRevokes(ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_AUTO);

    // A candidate not kept: READ_TASK and TASK_WORK on the process definition instead of one grant per task
    jdbc.update("delete from act_ru_authorization where group_id_ = ? and resource_type_ = ? and resource_id_ <> '*'",
        GROUP_AGENTS, Resources.TASK.resourceType());
    Authorization definitionGrant = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    definitionGrant.setGroupId(GROUP_AGENTS);
    definitionGrant.setResource(Resources.PROCESS_DEFINITION);
    definitionGrant.setResourceId(PROCESS_COMPLAINT_HANDLING);
    definitionGrant.addPermission(ProcessDefinitionPermissions.READ_TASK);
    definitionGrant.addPermission(ProcessDefinitionPermissions.TASK_WORK);
    engine.getAuthorizationService().saveAuthorization(definitionGrant);
    jdbc.execute("analyze act_ru_authorization");
    String candidate = "candidate, NOT kept: agents hold READ_TASK and TASK_WORK on complaintHandling, no grant per task";
    measure(candidate);
    long managersSeen = count("/task/count?taskDefinitionKey=" + TASK_APPROVE_OFFER);
    report.append("With that grant agents see ").append(managersSeen)
        .append(" managers' tasks (Approve the offer): it cannot tell an agents' task from a managers' one.\n\n");
    assertThat(managersSeen).isEqualTo(managerTasks);

    Path file = Path.of("target", "benchmarks", "agent-queue.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, report);
    LOG.info("Agent queue benchmark ({}):\n{}", file.toAbsolutePath(), report);
  }

  private void measure(String tuning) throws Exception {
    Map<String, Call> calls = new LinkedHashMap<>();
    for (String filter : FILTERS) {
      String id = filterId(filter);
      calls.put(filter + ": first page (15)", agent -> timed(post(agent, "/filter/" + id
          + "/list?firstResult=0&maxResults=15", "{}", "application/hal+json")));
      calls.put(filter + ": count", agent -> timed(get(agent, "/filter/" + id + "/count")));
    }
    String groupTasks = filterId("My group tasks");
    calls.put("for comparison, as administrator (no authorization check): My group tasks: first page (15)",
        agent -> timed(post(0, "/filter/" + groupTasks + "/list?firstResult=0&maxResults=15", "{}", "application/hal+json")));
    calls.put("for comparison, as administrator: My group tasks: count",
        agent -> timed(get(0, "/filter/" + groupTasks + "/count")));
    calls.put("GET /task?candidateGroup=agents&sortBy=priority&sortOrder=desc&maxResults=15", agent -> timed(
        get(agent, "/task?candidateGroup=agents&sortBy=priority&sortOrder=desc&maxResults=15")));
    calls.put("complete a claimed task (Listen to the customer)", this::completeOne);
    prepareCompletions();

    report.append("### ").append(tuning).append("\n\n")
        .append("| ").append(AGENTS).append(" agents at once | calls | p50 ms | p95 ms | p99 ms |\n")
        .append("| --- | ---: | ---: | ---: | ---: |\n");
    ExecutorService agents = Executors.newFixedThreadPool(AGENTS);
    try {
      for (var call : calls.entrySet()) {
        // One warm-up call, not counted; a call slower than 2 s is measured once per agent, not ROUNDS times.
        long warmUp = call.getValue().run(1);
        Latencies latencies = new Latencies();
        run(agents, call.getValue(), warmUp > 2_000_000_000L ? 1 : ROUNDS, latencies);
        report.append(String.format("| %s | %d | %s | %s | %s |%n", call.getKey(), latencies.count(),
            latencies.format(50), latencies.format(95), latencies.format(99)));
      }
    } finally {
      agents.shutdown();
    }
    report.append('\n');
    LOG.info("Measured: {}", tuning);
  }

  private void run(ExecutorService agents, Call call, int rounds, Latencies latencies) throws Exception {
    List<Future<?>> running = new ArrayList<>();
    for (int agent = 1; agent <= AGENTS; agent++) {
      int me = agent;
      running.add(agents.submit(() -> {
        for (int round = 0; round < rounds; round++) {
          long nanos = call.run(me);
          if (latencies != null) {
            latencies.add(nanos);
          }
        }
        return null;
      }));
    }
    for (Future<?> future : running) {
      future.get();
    }
  }

  /** Unclaimed tasks of the agents, enough for every completion of one measurement. */
  private void prepareCompletions() {
    toComplete.clear();
    engine.getTaskService().createTaskQuery().taskDefinitionKey(ACTIVITY_LISTEN_TO_CUSTOMER).taskUnassigned()
        .listPage(0, AGENTS * (ROUNDS + 1)).forEach(task -> toComplete.add(task.getId()));
  }

  private long completeOne(int agent) throws Exception {
    String taskId = toComplete.remove();
    try {
      // The claim is not timed; a claim or completion without answer or with an error counts as failed.
      if (post(agent, "/task/" + taskId + "/claim", "{\"userId\":\"" + agent(agent) + "\"}", "application/json")
          .call().statusCode() != 204) {
        return Latencies.TIMED_OUT;
      }
      long start = System.nanoTime();
      HttpResponse<String> completed = post(agent, "/task/" + taskId + "/complete", "{\"variables\":{}}",
          "application/json").call();
      return completed.statusCode() == 204 ? System.nanoTime() - start : Latencies.TIMED_OUT;
    } catch (HttpTimeoutException e) {
      return Latencies.TIMED_OUT;
    }
  }

  /**
   * A call that gives no answer within 30 s, or an error (with today's settings the connection pool
   * ran dry and the REST API answered 500 after 30 s), counts as {@link Latencies#TIMED_OUT}.
   */
  private long timed(Request request) throws Exception {
    long start = System.nanoTime();
    try {
      HttpResponse<String> response = request.call();
      if (response.statusCode() != 200) {
        LOG.warn("{}: {} {}", response.request().uri(), response.statusCode(), response.body());
        return Latencies.TIMED_OUT;
      }
    } catch (HttpTimeoutException e) {
      return Latencies.TIMED_OUT;
    }
    return System.nanoTime() - start;
  }

  private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(response.request().uri() + ": " + response.statusCode() + " " + response.body());
    }
    return response;
  }

  /** A count as the first agent. */
  private long count(String path) throws Exception {
    String body = expect(get(1, path).call(), 200).body();
    return Long.parseLong(body.replaceAll("[^0-9]", ""));
  }

  private Request get(int agent, String path) {
    return () -> http.send(request(agent, path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private Request post(int agent, String path, String json, String accept) {
    return () -> http.send(request(agent, path).header("Content-Type", "application/json").header("Accept", accept)
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(int agent, String path) {
    String credentials = agent(agent) + ":" + password(agent);
    return HttpRequest.newBuilder(URI.create("http://localhost:" + environment.getRequiredProperty("local.server.port")
            + "/engine-rest" + path))
        .timeout(Duration.ofNanos(Latencies.TIMED_OUT))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }

  private void createAgents() {
    var identity = engine.getIdentityService();
    for (int agent = 1; agent <= AGENTS; agent++) {
      User user = identity.newUser(agent(agent));
      user.setFirstName("Agent");
      user.setLastName(String.valueOf(agent));
      user.setPassword(password(agent));
      identity.saveUser(user);
      identity.createMembership(agent(agent), GROUP_AGENTS);
      // Something in "My tasks", as an agent at work has.
      for (Task task : engine.getTaskService().createTaskQuery().taskDefinitionKey(ACTIVITY_LISTEN_TO_CUSTOMER)
          .taskUnassigned().listPage(0, 5)) {
        engine.getTaskService().claim(task.getId(), agent(agent));
      }
    }
  }

  /** Agent 0 is the demo administrator, who is in group agents too. */
  private static String agent(int agent) {
    return agent == 0 ? "demo" : "queueagent" + agent;
  }

  private static String password(int agent) {
    return agent == 0 ? "demo" : "queue-agent-" + agent + "-password";
  }

  private String filterId(String name) {
    return engine.getFilterService().createFilterQuery().filterName(name).singleResult().getId();
  }

  /**
   * PostgreSQL's JIT compiles the expressions of a query the planner thinks expensive; the task
   * counts are (the authorization join is estimated at millions of rows), and compiling takes longer
   * than running them. The postgres profile switches it off per connection; here for the database.
   */
  private void jit(String onOrOff) {
    jdbc.execute("alter database " + jdbc.queryForObject("select current_database()", String.class) + " set jit = " + onOrOff);
    ((HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  private void machine(long open, long templateNanos, long copyNanos) throws IOException {
    String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
        .findFirst().map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown CPU");
    report.append("## Agents' queue with ").append(open).append(" open complaints\n\n")
        .append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores (").append(cpu)
        .append("), ").append(jdbc.queryForObject("select version()", String.class).replaceAll(" on .*", ""))
        .append(", shared with other builds while it ran. Data: ").append(TEMPLATES)
        .append(" complaints started by the engine in ").append(Duration.ofNanos(templateNanos).toSeconds())
        .append(" s, copied with SQL to ").append(open).append(" in ").append(Duration.ofNanos(copyNanos).toSeconds())
        .append(" s (tasklist/OpenComplaints). Each figure: ").append(AGENTS).append(" agents at once, ")
        .append(ROUNDS).append(" calls each, after one warm-up call each, over HTTP Basic on the engine's REST API.\n\n");
  }

  @FunctionalInterface
  private interface Call {
    long run(int agent) throws Exception;
  }

  @FunctionalInterface
  private interface Request {
    HttpResponse<String> call() throws IOException, InterruptedException;
  }
}
