package eu.complaintdesk.customer;

import eu.complaintdesk.complaint.Attachments;
import eu.complaintdesk.complaint.Attachments.FileProblem;
import eu.complaintdesk.complaint.Attachments.Upload;
import eu.complaintdesk.complaint.ComplaintRefused;
import eu.complaintdesk.complaint.Intake;
import eu.complaintdesk.complaint.Problem;
import eu.complaintdesk.customer.CustomerTexts.Page;
import eu.complaintdesk.system.ComplaintDeskProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.View;

/**
 * The public web form for complaints, server-rendered and without JavaScript, in the visitor's
 * language. A submission is counted against the client's allowance ({@link SubmissionLimit}), must
 * come from our own page ({@link FormTokens}) and goes through
 * {@link eu.complaintdesk.complaint.Complaints}, the one door into the process, whose intake
 * refuses it field by field; the form then shows each problem next to its field with what was
 * typed. A registered complaint is answered with a redirect to its
 * confirmation (Post/Redirect/Get), so reloading the confirmation never files it twice.
 *
 * <p>Attached files are checked by {@link Attachments} together with the fields, so the visitor
 * sees every problem at once and nothing starts while one remains; they are stored in the
 * transaction of the start ({@link WebFormStart}).
 */
@Controller
class WebForm {

  private static final String SUBMITTED = WebForm.class.getName() + ".submitted";

  private final WebFormStart starts;
  private final FormTokens tokens;
  private final SubmissionLimit limit;
  private final CustomerTexts texts;
  private final WebFormProperties properties;
  private final ComplaintDeskProperties desk;
  private final Attachments attachments;

  WebForm(WebFormStart starts, Attachments attachments, FormTokens tokens, SubmissionLimit limit,
      CustomerTexts texts, WebFormProperties properties, ComplaintDeskProperties desk) {
    this.starts = starts;
    this.attachments = attachments;
    this.tokens = tokens;
    this.limit = limit;
    this.texts = texts;
    this.properties = properties;
    this.desk = desk;
  }

  @GetMapping("/complaints/new")
  String form(@RequestParam(required = false) String lang, HttpServletRequest request, Model model) {
    return form(texts.forVisitor(lang, request), Map.of(), Map.of(), false, request, model);
  }

  @PostMapping("/complaints")
  String submit(@RequestParam(name = CustomerUploads.FIELD, required = false) List<MultipartFile> files,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    Page page = texts.forVisitor(request.getParameter("lang"), request);
    OptionalLong wait = limit.take(request.getRemoteAddr());
    if (wait.isPresent()) {
      throw new FormRefused(page, HttpStatus.TOO_MANY_REQUESTS, "rateLimit", wait.getAsLong());
    }
    if (!WebComplaint.isForm(request)) {
      throw new FormRefused(page, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "contentType", 0);
    }
    if (!tokens.isValid(request)) {
      throw new FormRefused(page, HttpStatus.FORBIDDEN, "csrf", 0);
    }
    Map<String, String> typed = WebComplaint.typed(request);
    boolean consented = request.getParameter(WebComplaint.CONSENT) != null;
    Map<String, Object> complaint = WebComplaint.variables(typed, consented, page.lang(), policyAddress());
    List<Upload> uploads = CustomerUploads.of(files);
    List<FileProblem> fileProblems = attachments.check(uploads);
    List<Problem> problems;
    if (fileProblems.isEmpty()) {
      try {
        String reference = starts.start(complaint, uploads);
        remember(request.getSession(), reference);
        request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
        return "redirect:/complaints/submitted?reference=" + reference + "&lang=" + page.lang();
      } catch (ComplaintRefused refused) {
        problems = refused.problems();
      }
    } else {
      problems = Intake.problems(complaint);
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    model.addAttribute("fileProblems", fileProblems);
    model.addAttribute("filesAgain", !uploads.isEmpty());
    return form(page, typed, WebComplaint.errors(problems, page::has), consented, request, model);
  }

  /** The confirmation, only in the session that filed the complaint: a reference alone shows nothing. */
  @GetMapping("/complaints/submitted")
  String submitted(@RequestParam(required = false) String reference, @RequestParam(required = false) String lang,
      HttpServletRequest request, Model model) {
    Page page = texts.forVisitor(lang, request);
    HttpSession session = request.getSession(false);
    if (reference == null || session == null || !(session.getAttribute(SUBMITTED) instanceof Set<?> filed)
        || !filed.contains(reference)) {
      throw new FormRefused(page, HttpStatus.NOT_FOUND, "unknown", 0);
    }
    model.addAttribute("t", page);
    model.addAttribute("reference", reference);
    return "customer/complaint-submitted";
  }

  /** The desk's own short privacy notice, the default policy the form links to. */
  @GetMapping("/complaints/privacy")
  String privacy(@RequestParam(required = false) String lang, HttpServletRequest request, Model model) {
    model.addAttribute("t", texts.forVisitor(lang, request));
    String replyTo = desk.mail().replyTo();
    model.addAttribute("contact", replyTo == null || replyTo.isBlank() ? desk.mail().from() : replyTo);
    return "customer/privacy";
  }

  @ExceptionHandler
  String refused(FormRefused refused, HttpServletResponse response, Model model) {
    response.setStatus(refused.status.value());
    if (refused.retryAfterSeconds > 0) {
      response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(refused.retryAfterSeconds));
    }
    model.addAttribute("t", refused.page);
    model.addAttribute("reason", "formRefused." + refused.reason);
    model.addAttribute("minutes", (refused.retryAfterSeconds + 59) / 60);
    return "customer/form-refused";
  }

  private String form(Page page, Map<String, String> typed, Map<String, String> errors, boolean consented,
      HttpServletRequest request, Model model) {
    Map<String, String> languages = new LinkedHashMap<>();
    CustomerTexts.LANGUAGES.forEach(language -> languages.put(language, texts.in(language).of("form.languageName")));
    model.addAttribute("t", page);
    model.addAttribute("languages", languages);
    model.addAttribute("csrf", tokens.issue(request));
    model.addAttribute("typed", typed);
    model.addAttribute("errors", errors);
    model.addAttribute("consented", consented);
    model.addAttribute("types", Intake.COMPLAINT_TYPES);
    model.addAttribute("policy", properties.privacyPolicyUrl());
    model.addAttribute("maxFiles", Attachments.MAX_FILES);
    model.addAttribute("maxMegabytes", Attachments.MAX_BYTES / (1024 * 1024));
    return "customer/complaint-form";
  }

  /** The policy as the complaint records it: a full address, also when configured as a path of ours. */
  private String policyAddress() {
    String policy = properties.privacyPolicyUrl();
    return policy.startsWith("/") ? desk.publicUrl().replaceAll("/+$", "") + policy : policy;
  }

  private static void remember(HttpSession session, String reference) {
    Set<String> filed = new LinkedHashSet<>();
    if (session.getAttribute(SUBMITTED) instanceof Set<?> earlier) {
      earlier.forEach(known -> filed.add(known.toString()));
    }
    filed.add(reference);
    session.setAttribute(SUBMITTED, filed);
  }
}
