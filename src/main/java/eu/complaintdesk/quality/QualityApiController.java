package eu.complaintdesk.quality;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.complaintdesk.deadline.BusinessCalendar;
import eu.complaintdesk.quality.QualityComplaints.DrillDown;
import eu.complaintdesk.quality.QualityComplaints.Today;
import eu.complaintdesk.quality.QualityReport.AgentFigures;
import eu.complaintdesk.quality.QualityReport.Compensation;
import eu.complaintdesk.quality.QualityReport.ReviewStep;
import eu.complaintdesk.quality.QualityReport.RootCause;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The quality figures as JSON and CSV for managers and analysts ({@link QualityApiAuthentication}
 * lets them in): the dashboard, the Cockpit plugin and spreadsheets read them. This class turns HTTP
 * into the queries of {@link QualityFigures} and {@link QualityComplaints} and back; nothing is
 * cached, since the drill-down names complaints and agents.
 */
@RestController
@RequestMapping("/api/quality")
@Tag(name = "Quality figures", description = "For managers, analysts and administrators: webapp session or HTTP "
    + "Basic. A complaint counts in the period of the day it was received (the desk's time zone).")
class QualityApiController {

  private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

  private final QualityFigures figures;
  private final QualityComplaints complaints;
  private final BusinessCalendar calendar;
  private final ObjectMapper json;
  private final CsvTable csv;

  QualityApiController(QualityFigures figures, QualityComplaints complaints, BusinessCalendar calendar,
      ObjectMapper json) {
    this.figures = figures;
    this.complaints = complaints;
    this.calendar = calendar;
    this.json = json;
    this.csv = new CsvTable(json);
  }

  @Operation(summary = "The period's figures", description = "Totals, a breakdown, per agent, top root causes, "
      + "compensation by remedy type and the quality review's step scores.")
  @GetMapping(path = "/figures", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<QualityReport> report(@ParameterObject QualityParameters parameters,
      @Parameter(description = "Breakdown by type (default), channel, severity, team or agent")
      @RequestParam(required = false) String by) {
    return json(figures.report(filter(parameters), QualityDimension.by(by)));
  }

  @Operation(summary = "One table of the figures as CSV", description = "A header row and one row per JSON row, "
      + "nested figures flattened to columns such as sla.resolution.share; downloaded as a file named after the "
      + "table and the period.")
  @GetMapping(path = "/figures.csv", produces = "text/csv")
  ResponseEntity<String> reportCsv(@ParameterObject QualityParameters parameters,
      @Parameter(description = "totals, breakdown, agents, rootCauses, compensation or reviewSteps", required = true)
      @RequestParam(required = false) String table,
      @Parameter(description = "For the breakdown: type (default), channel, severity, team or agent")
      @RequestParam(required = false) String by) {
    QualityFilter filter = filter(parameters);
    QualityDimension dimension = QualityDimension.by(by);
    String name = table == null ? "" : table.strip();
    String rows = switch (name) {
      case "totals" -> csv.of(List.of(figures.totals(filter, new ArrayList<>())), Figures.blank());
      case "breakdown" -> csv.of(figures.breakdown(filter, dimension).rows().stream()
          .map(row -> breakdownRow(dimension, row.key(), row.figures())).toList(),
          breakdownRow(dimension, null, Figures.blank()));
      case "agents" -> csv.of(figures.agents(filter),
          new AgentFigures(null, null, 0, null, null, 0, 0, null, 0, null, 0));
      case "rootCauses" -> csv.of(figures.rootCauses(filter), new RootCause(null, 0));
      case "compensation" -> csv.of(figures.compensation(filter), new Compensation(null, 0, null));
      case "reviewSteps" -> {
        List<ReviewStep> steps = new ArrayList<>();
        figures.totals(filter, steps);
        yield csv.of(steps, new ReviewStep(null, 0, null, 0));
      }
      default -> throw new QualityRefused("table must be one of totals, breakdown, agents, rootCauses, compensation,"
          + " reviewSteps, not \"" + (table == null ? "" : table) + "\".");
    };
    String file = "quality-" + name + (name.equals("breakdown") ? "-by-" + dimension.apiName() : "");
    return csv(rows, file, filter);
  }

  @Operation(summary = "The complaints behind one figure", description = "Newest first; at most 500 per answer "
      + "(limit, offset). Figures: received, open, closed, withdrawn, reopened, firstResponseBreached, "
      + "resolutionBreached, finalResponseBreached, warned, escalated, promisesBroken, feedbackLow, feedbackScore:N, "
      + "outcome:upheld|partlyUpheld|notUpheld, rootCause:VALUE, closure:within3BusinessDays|within8Weeks|later, "
      + "referralRightsGiven, reviewed, compensation:TYPE, agent:USER.")
  @GetMapping(path = "/complaints", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<DrillDown> drillDown(@ParameterObject QualityParameters parameters,
      @ParameterObject DrillDownParameters drill) {
    return json(drillDown(filter(parameters), drill));
  }

  @Operation(summary = "The complaints behind one figure as CSV", description = "The same rows as the JSON.")
  @GetMapping(path = "/complaints.csv", produces = "text/csv")
  ResponseEntity<String> drillDownCsv(@ParameterObject QualityParameters parameters,
      @ParameterObject DrillDownParameters drill) {
    QualityFilter filter = filter(parameters);
    DrillDown answer = drillDown(filter, drill);
    String rows = csv.of(answer.complaints(),
        new ComplaintItem(null, null, null, null, null, null, null, null, null));
    return csv(rows, "quality-complaints-" + answer.figure(), filter);
  }

  @Operation(summary = "Today's key figures and breaches", description = "For the Cockpit dashboard: today in the "
      + "desk's time zone; type, channel, severity, team and agent filter, from and to are not used.")
  @GetMapping(path = "/today", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Today> today(@ParameterObject QualityParameters parameters) {
    LocalDate today = today();
    return json(complaints.today(QualityFilter.of(parameters, today, calendar.zone()), today));
  }

  private DrillDown drillDown(QualityFilter filter, DrillDownParameters drill) {
    return complaints.drillDown(filter, DrillDownFigure.of(drill.figure()), QualityDimension.by(drill.by()),
        drill.key() == null || drill.key().isBlank() ? null : drill.key().strip(),
        DrillDownParameters.number("limit", drill.limit(), QualityComplaints.MAX_LIMIT, 1, QualityComplaints.MAX_LIMIT),
        DrillDownParameters.number("offset", drill.offset(), 0, 0, Integer.MAX_VALUE));
  }

  private ObjectNode breakdownRow(QualityDimension dimension, String key, Figures rowFigures) {
    ObjectNode row = json.createObjectNode();
    row.put(dimension.apiName(), key);
    row.setAll((ObjectNode) json.valueToTree(rowFigures));
    return row;
  }

  private QualityFilter filter(QualityParameters parameters) {
    return QualityFilter.of(parameters, today(), calendar.zone());
  }

  private LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), calendar.zone());
  }

  private static <T> ResponseEntity<T> json(T body) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
  }

  private static ResponseEntity<String> csv(String csv, String name, QualityFilter filter) {
    String file = (name + "-" + filter.from() + "-to-" + filter.to()).replaceAll("[^A-Za-z0-9._-]", "-") + ".csv";
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
        .body(csv);
  }
}
