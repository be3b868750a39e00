package eu.complaintdesk.privacy;

import static eu.complaintdesk.ProcessConstants.PROCESS_COMPLAINT_HANDLING;

import eu.complaintdesk.privacy.PersonalDataAccess.Access;
import eu.complaintdesk.security.GroupBasicAuthentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data-protection officer's API: a subject's export (right of access) and who read a
 * complaint's personal data. Behind {@link PrivacyAuthentication}; nothing here is cached.
 */
@RestController
@RequestMapping("/api/privacy")
@Tag(name = "Privacy", description = "For data-protection officers (group privacy) only.")
class PrivacyController {

  static final String ZIP = "application/zip";
  private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  private final SubjectExport export;
  private final ExportArchive archive;
  private final PersonalDataAccess access;
  private final HistoryService history;
  private final Erasures erasures;

  PrivacyController(SubjectExport export, ExportArchive archive, PersonalDataAccess access, HistoryService history,
      Erasures erasures) {
    this.export = export;
    this.archive = archive;
    this.access = access;
    this.history = history;
    this.erasures = erasures;
  }

  @Operation(summary = "Everything we hold of a person (right of access)",
      description = "One ZIP archive: export.json (who asked, when, for what; each complaint with its variables, "
          + "audit timeline, communication log, the inbound mails the inbox recorded and the list of its files) "
          + "and the files under complaints/<reference>/files/. Give email (every complaint of that address, "
          + "ignoring case, running and ended) or reference. An address of nobody we know gives an archive "
          + "without complaints; each export is recorded in the complaints' access log.",
      responses = {
          @ApiResponse(responseCode = "200", description = "The archive",
              content = @Content(mediaType = ZIP, schema = @Schema(type = "string", format = "binary"))),
          @ApiResponse(responseCode = "400", description = "Neither or both parameters, or a malformed one",
              content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
          @ApiResponse(responseCode = "404", description = "No complaint has this reference",
              content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))})
  @GetMapping("/export")
  void export(@Parameter(hidden = true) @RequestAttribute(GroupBasicAuthentication.AUTHENTICATED_USER) String officer,
      @Parameter(description = "the person's e-mail address") @RequestParam(required = false) String email,
      @Parameter(description = "a complaint reference, CMP-2026-000123") @RequestParam(required = false)
      String reference, HttpServletResponse response) throws IOException {
    ExportRequest request = ExportRequest.of(email, reference);
    List<HistoricProcessInstance> complaints = export.complaints(request);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    complaints.forEach(complaint -> access.read(officer, PersonalDataAccess.EXPORT, complaint.getBusinessKey()));
    response.setContentType(ZIP);
    response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
        .filename("personal-data-" + FILE_TIME.format(now) + ".zip").build().toString());
    archive.write(request, officer, now, complaints, response.getOutputStream());
    response.flushBuffer();
  }

  @Operation(summary = "Erase a person's data (right to be forgotten)",
      description = "Give email (every complaint of that address, ignoring case) or reference. Each running "
          + "complaint is withdrawn at once, and the customer gets the withdrawal confirmation; each complaint's "
          + "data is then replaced by [erased] everywhere the desk stores it, as soon as the complaint has ended "
          + "(within a minute or two). Answers the erasure records, pending; their state at "
          + "/api/privacy/complaints/{reference}/erasures. An address of nobody we know gives an empty list.",
      responses = {
          @ApiResponse(responseCode = "202", description = "The erasures, recorded and under way"),
          @ApiResponse(responseCode = "400", description = "Neither or both parameters, or a malformed one",
              content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
          @ApiResponse(responseCode = "404", description = "No complaint has this reference",
              content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))})
  @PostMapping(path = "/erasures", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<List<Erasures.Erasure>> erase(
      @Parameter(hidden = true) @RequestAttribute(GroupBasicAuthentication.AUTHENTICATED_USER) String officer,
      @Parameter(description = "the person's e-mail address") @RequestParam(required = false) String email,
      @Parameter(description = "a complaint reference, CMP-2026-000123") @RequestParam(required = false)
      String reference) {
    Set<String> references = export.complaints(ExportRequest.of(email, reference)).stream()
        .map(HistoricProcessInstance::getBusinessKey).collect(Collectors.toCollection(TreeSet::new));
    return ResponseEntity.status(HttpStatus.ACCEPTED).cacheControl(CacheControl.noStore())
        .body(erasures.request(references, officer));
  }

  @Operation(summary = "The erasures of a complaint: when, by whom, pending or erased",
      responses = {
          @ApiResponse(responseCode = "200", description = "The erasure records, oldest first (empty: none asked)"),
          @ApiResponse(responseCode = "400", description = "Not a complaint reference",
              content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))})
  @GetMapping(path = "/complaints/{reference}/erasures", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<List<Erasures.Erasure>> erasures(@PathVariable String reference) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(erasures.of(ExportRequest.reference(reference)));
  }

  @Operation(summary = "Who read a complaint's personal data, newest first",
      description = "Every read through the desk's pages and APIs: the Customer tab in Tasklist, the audit "
          + "timeline in Cockpit and its printable page, the demo mailbox, this API's export.",
      responses = {
          @ApiResponse(responseCode = "200", description = "The reads"),
          @ApiResponse(responseCode = "400", description = "Not a complaint reference",
              content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
          @ApiResponse(responseCode = "404", description = "No complaint has this reference, and nobody read one",
              content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))})
  @GetMapping(path = "/complaints/{reference}/access-log", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<List<Access>> accessLog(@PathVariable String reference) {
    String checked = ExportRequest.reference(reference);
    List<Access> reads = access.of(checked);
    if (reads.isEmpty() && history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_COMPLAINT_HANDLING)
        .processInstanceBusinessKey(checked).count() == 0) {
      throw new PrivacyRefused(HttpStatus.NOT_FOUND, "There is no complaint " + checked + ".");
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(reads);
  }
}
