package eu.complaintdesk.customer;

import eu.complaintdesk.communication.CustomerDates;
import eu.complaintdesk.complaint.ComplaintStatus;
import eu.complaintdesk.complaint.Complaints;
import eu.complaintdesk.complaint.CustomerAnswerDoor;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page behind the status link in every mail: where the complaint stands, in the customer's
 * language and words, and the dates we gave, written as the mails wrote them. It reads the same
 * status as the complaint API ({@link Complaints#statusOf}) and shows nothing the mails did not
 * already tell the customer: no names, no addresses, no agent's notes. A status link may be read
 * as often as the customer likes until it expires.
 */
@Controller
@RequestMapping("/customer")
class CustomerStatusPage {

  /** One line of the dates we gave: a text key and the date it is about. */
  record Promised(String key, String date) {
  }

  private final LinkTokens tokens;
  private final Complaints complaints;
  private final CustomerAnswerDoor door;
  private final CustomerTexts texts;
  private final CustomerDates dates;

  CustomerStatusPage(LinkTokens tokens, Complaints complaints, CustomerAnswerDoor door, CustomerTexts texts,
      CustomerDates dates) {
    this.tokens = tokens;
    this.complaints = complaints;
    this.door = door;
    this.texts = texts;
    this.dates = dates;
  }

  @GetMapping("/status")
  String status(@RequestParam String token, Model model) {
    SignedLink link = tokens.verify(token, LinkPurpose.STATUS);
    ComplaintStatus status = complaints.statusOf(link.reference())
        .orElseThrow(() -> new LinkRefused(LinkRefused.Reason.MALFORMED, "no complaint " + link.reference()));
    String language = door.language(link.reference());
    model.addAttribute("t", texts.in(language));
    model.addAttribute("reference", status.reference());
    model.addAttribute("state", status.waitsForCustomer() ? "waiting" : status.status().toString());
    boolean open = status.status() == ComplaintStatus.State.OPEN;
    model.addAttribute("phases", open ? CustomerSteps.phasesOf(status.currentActivities()) : List.of());
    model.addAttribute("waitingFor", status.waitsForCustomer() ? status.waitingFor().stream()
        .filter(what -> !what.equals("feedback")).toList() : List.of());
    model.addAttribute("dates", open ? promised(status, language) : List.of());
    model.addAttribute("reopenableUntil", status.reopenableUntil() == null ? null
        : dates.format(status.reopenableUntil(), language));
    return "customer/status";
  }

  /** The dates we gave while the complaint is open; a paused resolution says that it is paused. */
  private List<Promised> promised(ComplaintStatus status, String language) {
    List<Promised> promised = new ArrayList<>();
    if (status.firstResponseDue() != null) {
      promised.add(new Promised("status.date.firstResponse", dates.format(status.firstResponseDue(), language)));
    }
    promised.add(status.resolutionDue() == null ? new Promised("status.date.resolutionPaused", null)
        : new Promised("status.date.resolution", dates.format(status.resolutionDue(), language)));
    status.promiseDates().forEach(day -> promised.add(new Promised("status.date.promise", dates.format(day, language))));
    if (status.finalResponseDue() != null) {
      promised.add(new Promised("status.date.finalResponse", dates.format(status.finalResponseDue(), language)));
    }
    return promised;
  }
}
