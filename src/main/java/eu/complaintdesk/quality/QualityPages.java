package eu.complaintdesk.quality;

import eu.complaintdesk.deadline.BusinessCalendar;
import eu.complaintdesk.security.WebappLogin;
import eu.complaintdesk.security.WebappLogin.User;
import eu.complaintdesk.system.ComplaintDeskProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The quality dashboard ({@code /staff/quality}) and its drill-down list of complaints
 * ({@code /staff/quality/complaints}) for managers, analysts and administrators logged in to the
 * Camunda webapps, as the printable audit timeline is. The pages are the frame, the filter form and
 * the scripts ({@code static/quality/}); the figures themselves come from the JSON API
 * ({@code /api/quality/...}) in the same browser session, so the page, the CSV and any other reader
 * show one computation of them, never a second one in a template. Nothing is cached: the
 * drill-down names customers' complaints. A malformed parameter is a 400 page with the API's own
 * sentence (the same parsers read it), not a page that loads and then shows an error.
 */
@Controller
class QualityPages {

  private final WebappLogin login;
  private final ComplaintDeskProperties properties;
  private final BusinessCalendar calendar;

  QualityPages(WebappLogin login, ComplaintDeskProperties properties, BusinessCalendar calendar) {
    this.login = login;
    this.properties = properties;
    this.calendar = calendar;
  }

  @GetMapping(path = "/staff/quality", produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView dashboard(QualityParameters filters, @RequestParam(required = false) String by,
      HttpServletRequest request, HttpServletResponse response) {
    return page("staff/quality", request, response, () -> check(filters, by));
  }

  @GetMapping(path = "/staff/quality/complaints", produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView complaints(QualityParameters filters, DrillDownParameters drill, HttpServletRequest request,
      HttpServletResponse response) {
    return page("staff/quality-complaints", request, response, () -> {
      check(filters, drill.by());
      DrillDownFigure.of(drill.figure());
    });
  }

  private void check(QualityParameters filters, String by) {
    QualityFilter.of(filters, LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), calendar.zone()),
        calendar.zone());
    QualityDimension.by(by);
  }

  private ModelAndView page(String view, HttpServletRequest request, HttpServletResponse response,
      Runnable checkParameters) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    Optional<User> user = login.of(request);
    if (user.isEmpty()) {
      return refused(HttpStatus.UNAUTHORIZED,
          "Log in to Cockpit first: the quality figures are for managers, analysts and administrators.");
    }
    if (user.get().groupIds().stream().noneMatch(CockpitSession.READERS::contains)) {
      return refused(HttpStatus.FORBIDDEN, user.get().userId()
          + " may not read the quality figures: they are for managers, analysts and administrators.");
    }
    try {
      checkParameters.run();
    } catch (QualityRefused refused) {
      return refused(HttpStatus.BAD_REQUEST, refused.getMessage());
    }
    ModelAndView page = new ModelAndView(view);
    page.addObject("currency", properties.currency().getCurrencyCode());
    page.addObject("user", user.get().userId());
    return page;
  }

  private static ModelAndView refused(HttpStatus status, String detail) {
    ModelAndView page = new ModelAndView("staff/quality-refused", status);
    page.addObject("detail", detail);
    return page;
  }
}
