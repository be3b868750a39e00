package eu.complaintdesk.customer;

import static eu.complaintdesk.ProcessConstants.MESSAGE_INFORMATION_RECEIVED;
import static eu.complaintdesk.ProcessConstants.VAR_INFORMATION_REPLY;

import eu.complaintdesk.complaint.Attachments;
import eu.complaintdesk.complaint.Attachments.FileProblem;
import eu.complaintdesk.complaint.Attachments.Upload;
import eu.complaintdesk.complaint.CustomerAnswerDoor;
import eu.complaintdesk.complaint.CustomerAnswerDoor.Delivery;
import eu.complaintdesk.complaint.CustomerAnswers;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The page behind the link in the information request and its reminder: our question, a text
 * field for the answer and up to five files. The files are checked by {@link Attachments} before
 * anything happens and stored in the transaction that marks the link used and delivers the
 * answer. Whatever needs correcting is shown next to its field, with the answer typed kept (the
 * browser cannot be given the files back: the page asks for them again).
 *
 * <p>The link answers only the request it came with: once the complaint waits for a later request,
 * the link of an earlier one says that its question was answered or replaced, and shows nothing of
 * the new question.
 */
@Controller
@RequestMapping("/customer/information")
class InformationPage {

  static final String VIEW = "customer/information";
  /** How the agents' attachment list describes the files. */
  static final String DESCRIPTION = "Sent by the customer with the information we asked for";

  private final LinkPages pages;
  private final LinkAnswers answers;
  private final CustomerAnswerDoor door;
  private final Attachments attachments;

  InformationPage(LinkPages pages, LinkAnswers answers, CustomerAnswerDoor door, Attachments attachments) {
    this.pages = pages;
    this.answers = answers;
    this.door = door;
    this.attachments = attachments;
  }

  @GetMapping
  String show(@RequestParam String token, Model model) {
    SignedLink link = pages.open(model, token, LinkPurpose.INFORMATION);
    if (isReplaced(link)) {
      return pages.replaced(model);
    }
    return form(model, door.informationRequest(link.reference()));
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String send(@RequestParam String token, @RequestParam(required = false) String reply,
      @RequestParam(name = CustomerUploads.FIELD, required = false) List<MultipartFile> files, Model model,
      HttpServletResponse response) {
    SignedLink link = pages.open(model, token, LinkPurpose.INFORMATION);
    if (isReplaced(link)) {
      return pages.replaced(model);
    }
    Optional<String> question = door.informationRequest(link.reference());
    if (question.isEmpty()) {
      return pages.answered(model, Delivery.NOT_WAITING);
    }
    List<Upload> uploads = CustomerUploads.of(files);
    String replyProblem = replyProblem(reply);
    List<FileProblem> fileProblems = attachments.check(uploads);
    if (replyProblem != null || !fileProblems.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("reply", reply);
      model.addAttribute("replyProblem", replyProblem);
      model.addAttribute("fileProblems", fileProblems);
      model.addAttribute("filesAgain", !uploads.isEmpty());
      return form(model, question);
    }
    Delivery delivery = answers.answer(link, MESSAGE_INFORMATION_RECEIVED,
        Map.of(VAR_INFORMATION_REPLY, reply), reference -> attachments.store(reference, uploads, DESCRIPTION));
    return pages.answered(model, delivery);
  }

  private String form(Model model, Optional<String> question) {
    if (question.isEmpty()) {
      return pages.answered(model, Delivery.NOT_WAITING);
    }
    model.addAttribute("question", question.get());
    model.addAttribute("maxFiles", Attachments.MAX_FILES);
    model.addAttribute("maxMegabytes", Attachments.MAX_BYTES / (1024 * 1024));
    model.addAttribute("maxLength", CustomerAnswers.ANSWER_TEXT_LIMIT);
    return VIEW;
  }

  private boolean isReplaced(SignedLink link) {
    return link.isReplaced(door.informationRequestNumber(link.reference()));
  }

  /** The text key of what is wrong with the answer, or null; the rules of the door say the same. */
  private static String replyProblem(String reply) {
    if (reply == null || reply.isBlank()) {
      return "information.reply.required";
    }
    return reply.length() > CustomerAnswers.ANSWER_TEXT_LIMIT ? "information.reply.tooLong" : null;
  }
}
