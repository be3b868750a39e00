package eu.complaintdesk.customer;

import static eu.complaintdesk.ProcessConstants.CHANNEL_API;
import static eu.complaintdesk.ProcessConstants.VAR_CHANNEL;
import static eu.complaintdesk.ProcessConstants.VAR_INTAKE_CLIENT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.complaintdesk.complaint.ComplaintStatus;
import eu.complaintdesk.complaint.Complaints;
import eu.complaintdesk.complaint.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Complaints from integrations (shop, CRM, chat): submit one, and read where one stands. Every
 * complaint goes through {@link Complaints}, the one door into the process; this class only turns
 * HTTP into its calls and back. Errors are problem documents ({@link ApiProblems}).
 */
@RestController
@RequestMapping("/api/complaints")
class ComplaintApiController {

  /** Printable ASCII: a key is an opaque token such as a UUID, never text to show. */
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1," + IdempotencyKeys.KEY_LIMIT + "}");

  private final Complaints complaints;
  private final IdempotencyKeys idempotencyKeys;
  private final ObjectMapper json;

  ComplaintApiController(Complaints complaints, IdempotencyKeys idempotencyKeys, ObjectMapper json) {
    this.complaints = complaints;
    this.idempotencyKeys = idempotencyKeys;
    this.json = json;
  }

  /** The answer to a submitted complaint: its reference and where to ask for its status. */
  record Submitted(String reference, String status) {
  }

  @Operation(summary = "Submit a complaint", description = "Starts the handling of a complaint; the customer "
      + "gets the acknowledgement mail. Send an Idempotency-Key to retry safely.",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
          content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
              schema = @Schema(implementation = ComplaintRequest.class))),
      responses = {
          @ApiResponse(responseCode = "201", description = "Registered; Location names the complaint"),
          @ApiResponse(responseCode = "400", description = "Refused, every problem named in errors",
              content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
          @ApiResponse(responseCode = "409", description = "The first request with this key is still running",
              content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
          @ApiResponse(responseCode = "415", description = "Not JSON",
              content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
          @ApiResponse(responseCode = "422", description = "The Idempotency-Key was used for another complaint",
              content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))})
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Submitted> submit(@Parameter(hidden = true) @RequestAttribute(ApiAuthentication.API_USER) String client,
      @Parameter(description = "Any token of up to 200 characters, new for each complaint (e.g. a UUID)")
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      @RequestBody byte[] body) {
    Map<String, Object> complaint = complaint(body);
    complaint.put(VAR_CHANNEL, CHANNEL_API);
    complaint.put(VAR_INTAKE_CLIENT, client);
    Supplier<String> start = () -> complaints.start(complaint);
    IdempotencyKeys.Outcome outcome;
    if (key == null) {
      outcome = new IdempotencyKeys.Outcome(start.get(), false);
    } else if (KEY.matcher(key).matches()) {
      outcome = idempotencyKeys.startOnce(client, key, body, start);
    } else {
      throw new InvalidRequest(List.of(new Problem("Idempotency-Key",
          "must be 1 to " + IdempotencyKeys.KEY_LIMIT + " printable ASCII characters")));
    }
    String location = "/api/complaints/" + outcome.reference();
    return ResponseEntity.created(URI.create(location))
        .header("Idempotent-Replayed", String.valueOf(outcome.replayed()))
        .body(new Submitted(outcome.reference(), location));
  }

  @Operation(summary = "Where a complaint stands", description = "Only for complaints the same API user "
      + "submitted; no personal data. Any other reference is 404.",
      responses = {
          @ApiResponse(responseCode = "200", description = "The status"),
          @ApiResponse(responseCode = "404", description = "No complaint of this API user has this reference",
              content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))})
  @GetMapping(path = "/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
  ComplaintStatus status(@Parameter(hidden = true) @RequestAttribute(ApiAuthentication.API_USER) String client,
      @PathVariable String reference) {
    return complaints.statusFor(reference, client).orElseThrow(() -> new UnknownComplaint(reference));
  }

  private Map<String, Object> complaint(byte[] body) {
    JsonNode tree;
    try {
      tree = json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new InvalidRequest(List.of(new Problem("", "the body is not valid JSON: " + e.getOriginalMessage()
          + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")")));
    } catch (IOException e) {
      throw new IllegalStateException("Reading a byte array failed", e);
    }
    if (tree == null || tree.isMissingNode()) {
      throw new InvalidRequest(List.of(new Problem("", "the body is empty")));
    }
    List<Problem> problems = new ArrayList<>();
    Map<String, Object> complaint = ComplaintRequest.variables(tree, json, problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequest(problems);
    }
    return complaint;
  }

  /** A request we cannot even read as a complaint: not JSON, not an object, unknown fields, a bad key. */
  static class InvalidRequest extends RuntimeException {
    private final transient List<Problem> problems;

    InvalidRequest(List<Problem> problems) {
      super("The request is invalid");
      this.problems = problems;
    }

    List<Problem> problems() {
      return problems;
    }
  }

  static class UnknownComplaint extends RuntimeException {
    UnknownComplaint(String reference) {
      super("There is no complaint " + reference + " of yours.");
    }
  }
}
