package eu.complaintdesk.tasklist;

import eu.complaintdesk.privacy.PersonalDataAccess;
import eu.complaintdesk.tasklist.CustomerTab.Complaint;
import eu.complaintdesk.tasklist.CustomerTab.Download;
import eu.complaintdesk.tasklist.CustomerTab.View;
import eu.complaintdesk.security.WebappLogin.User;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON behind Tasklist's Customer tab, for staff logged in to the webapps: the tab of a task,
 * the download of an attachment, and the answer of a customer who called. Nothing here is cached
 * (it is a customer's personal data), and a download is never shown inline: a customer's file must
 * not run as a page of our origin. Each read is noted in the {@link PersonalDataAccess} log.
 */
@RestController
@RequestMapping("/staff/tasks/{taskId}")
class CustomerTabController {

  private final StaffSession session;
  private final CustomerTab tab;
  private final CustomerCall call;
  private final PersonalDataAccess access;

  CustomerTabController(StaffSession session, CustomerTab tab, CustomerCall call, PersonalDataAccess access) {
    this.session = session;
    this.tab = tab;
    this.call = call;
    this.access = access;
  }

  @GetMapping(path = "/customer", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<View> view(@PathVariable String taskId, HttpServletRequest request) {
    User staff = session.require(request);
    Complaint complaint = tab.complaintOf(staff, taskId);
    access.read(staff.userId(), PersonalDataAccess.CUSTOMER_TAB, complaint.reference());
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(tab.view(complaint));
  }

  @GetMapping("/attachments/{attachmentId}")
  ResponseEntity<InputStreamResource> attachment(@PathVariable String taskId, @PathVariable String attachmentId,
      HttpServletRequest request) {
    User staff = session.require(request);
    Complaint complaint = tab.complaintOf(staff, taskId);
    Download download = tab.download(complaint, attachmentId);
    access.read(staff.userId(), PersonalDataAccess.CUSTOMER_TAB_ATTACHMENT, complaint.reference());
    String name = download.attachment().getName() == null ? "attachment" : download.attachment().getName();
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .contentType(mediaType(download.attachment().getType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .body(new InputStreamResource(download.content()));
  }

  @PostMapping(path = "/customer-call", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<View> customerCalled(@PathVariable String taskId, @RequestBody CustomerCall.Answer answer,
      HttpServletRequest request) {
    User staff = session.require(request);
    session.requireCsrfToken(request);
    Complaint complaint = tab.complaintOf(staff, taskId);
    call.record(staff, complaint, answer);
    access.read(staff.userId(), PersonalDataAccess.CUSTOMER_CALL, complaint.reference());
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(tab.view(complaint));
  }

  private static MediaType mediaType(String type) {
    try {
      return type == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(type);
    } catch (InvalidMimeTypeException e) {
      return MediaType.APPLICATION_OCTET_STREAM;
    }
  }
}
