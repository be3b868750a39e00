package eu.complaintdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import eu.complaintdesk.ProcessConstants;
import eu.complaintdesk.communication.ReceivedMail;
import eu.complaintdesk.complaint.ComplaintScenario;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The choice page over real HTTP: the options as judged, in the customer's language; a choice
 * reaches the process, "none suits" goes back to the agent's offer, and whatever is wrong is shown
 * on the page and changes nothing. A link chooses only from the offer it was mailed with.
 */
@ComplaintDeskTest
class ChoicePageTests {

  private static final String FORM = "application/x-www-form-urlencoded";

  @Autowired
  HttpTestClient http;
  @Autowired
  LinkTokens tokens;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  GreenMail mailServer;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @ParameterizedTest(name = "in {0}")
  @CsvSource({"en, Option 2: Discount coupon, €20.00, We have received your answer.",
      "sl, Možnost 2: Kupon za popust, '20,00 €', Vaš odgovor smo prejeli.",
      "bg, Вариант 2: Ваучер за отстъпка, '20,00 €', Получихме Вашия отговор."})
  void theCustomerChoosesAnOption_fromThoseJudged_andThePromiseStepFollows(String language, String option,
      String amount, String received) {
    // Given a refund and a coupon were judged and sent
    ComplaintScenario complaint = optionsSent(language);
    String token = tokens.issue(LinkPurpose.CHOICE, complaint.reference(), 1);

    // When the customer opens the page, the options are shown in the language, descriptions escaped
    HttpResponse<String> page = http.get("/customer/choice?token=" + token);
    assertThat(page.statusCode()).isEqualTo(200);
    // (amounts as the locale writes them; the space before the euro sign is a non-breaking one)
    assertThat(page.body().replace('\u00a0', ' ').replace('\u202f', ' ')).contains("<html lang=\"" + language + "\"", option, amount,
        "A coupon for your next &lt;visit&gt;.", "value=\"option1\"", "value=\"option2\"", "value=\"none\"")
        .doesNotContain("value=\"option3\"");

    // And chooses the coupon
    HttpResponse<String> sent = post(token, "choice=option2&comment=" + encode("Thank you."));

    // Then the choice reached the process, which goes on to the promise
    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(sent.body()).contains(received);
    assertThat(complaint.instance).hasPassed("customerChoseSolution").isWaitingAt("makePromise");
    assertThat(runtimeService.getVariables(complaint.instance.getId())).containsEntry("chosenOption", "option2")
        .containsEntry("choiceMadeBy", "customer").containsEntry("choiceComment", "Thank you.");

    // And the link is used up
    assertThat(post(token, "choice=option1").statusCode()).isEqualTo(409);
  }

  @Test
  void noneSuits_withAComment_sendsTheComplaintBackToTheAgentsOffer() {
    ComplaintScenario complaint = optionsSent("en");
    String token = tokens.issue(LinkPurpose.CHOICE, complaint.reference(), 1);

    HttpResponse<String> sent = post(token, "choice=none&comment=" + encode("I would like the visit redone."));

    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(complaint.instance).hasPassed("customerDeclinedOptions").isWaitingAt("offerSolution");
    assertThat(runtimeService.getVariable(complaint.instance.getId(), ProcessConstants.VAR_CHOICE_COMMENT))
        .isEqualTo("I would like the visit redone.");
  }

  @Test
  void whatNeedsCorrecting_isShownOnThePage_withWhatWasTyped_andTheLinkStaysUsable() {
    ComplaintScenario complaint = optionsSent("sl");
    String token = tokens.issue(LinkPurpose.CHOICE, complaint.reference(), 1);

    assertRefused(post(token, "comment=" + encode("<script>alert(1)</script>")),
        "Prosimo, izberite eno od možnosti", "&lt;script&gt;alert(1)&lt;/script&gt;");
    assertRefused(post(token, "choice=none&comment=+"), "Prosimo, povejte nam, kaj bi Vam ustrezalo");
    assertRefused(post(token, "choice=option3"), "Prosimo, izberite eno od možnosti");
    assertRefused(post(token, "choice=option1&comment=" + "x".repeat(4001)), "Vaša pripomba ima 4.001 znakov");
    assertThat(complaint.instance).isWaitingAt("discussSolutions");

    assertThat(post(token, "choice=option1").statusCode()).isEqualTo(200);
    assertThat(complaint.instance).isWaitingAt("makePromise");
  }

  @Test
  void anOptionSlippedIntoTheVariablesAfterTheCheck_isNeitherShownNorAccepted() {
    ComplaintScenario complaint = optionsSent("en");
    runtimeService.setVariables(complaint.instance.getId(), Map.of("addOption3", true, "option3Type", "giftCard",
        "option3Amount", 900.0, "option3Description", "A big gift card."));
    String token = tokens.issue(LinkPurpose.CHOICE, complaint.reference(), 1);

    assertThat(http.get("/customer/choice?token=" + token).body()).doesNotContain("option3", "A big gift card.");
    assertRefused(post(token, "choice=option3"), "Please choose one of the options");
    assertThat(complaint.instance).isWaitingAt("discussSolutions");
  }

  @Test
  void anOfferChangedAfterTheCheck_isNotShown_theCustomerIsToldANewOneComes() {
    ComplaintScenario complaint = optionsSent("bg");
    runtimeService.setVariable(complaint.instance.getId(), ProcessConstants.VAR_JUDGED_OFFER,
        "{\"offeredBy\":null,\"options\":[{\"number\":1,\"type\":\"giftCard\",\"description\":\"x\",\"amount\":9000}]}");
    String token = tokens.issue(LinkPurpose.CHOICE, complaint.reference(), 1);

    HttpResponse<String> page = http.get("/customer/choice?token=" + token);

    assertThat(page.statusCode()).isEqualTo(409);
    assertThat(page.body()).contains("new offer").doesNotContain("9000");
    assertThat(complaint.instance).isWaitingAt("discussSolutions");
  }

  @Test
  void brokenLinks_getTheirPageAndStatus_andChangeNothing() {
    ComplaintScenario complaint = optionsSent("en");
    String token = tokens.issue(LinkPurpose.CHOICE, complaint.reference(), 1);

    assertThat(post(BrokenTokens.tampered(token), "choice=option1").statusCode()).isEqualTo(403);
    assertThat(post(BrokenTokens.forged(LinkPurpose.CHOICE, complaint.reference()), "choice=option1").statusCode())
        .isEqualTo(403);
    assertThat(post(tokens.issue(LinkPurpose.INFORMATION, complaint.reference()), "choice=option1").statusCode())
        .isEqualTo(403);
    assertThat(http.get("/customer/choice?token=garbage").statusCode()).isEqualTo(400);
    BrokenTokens.expireAll();
    HttpResponse<String> expired = post(token, "choice=option1");
    assertThat(expired.statusCode()).isEqualTo(410);
    assertThat(expired.body()).contains("This link has expired.");
    assertThat(complaint.instance).isWaitingAt("discussSolutions");
  }

  @ParameterizedTest(name = "in {0}")
  @CsvSource({"en, '€1,234.50'", "sl, '1.234,50\u00a0€'", "bg, '1\u00a0234,50\u00a0€'"})
  void anAmount_readsOnThePage_asInTheOptionsMail(String language, String amount) {
    // Given a refund above the agent's authority, approved by a manager and sent to the customer
    ComplaintScenario complaint = ComplaintScenario.startAt("offerSolution", Variables.createVariables()
        .putValue(ProcessConstants.VAR_CUSTOMER_LANGUAGE, language), mailServer);
    processEngine.getTaskService().complete(complaint.task("offerSolution").getId(), Variables.createVariables()
        .putValue("option1Type", "refund").putValue("option1Amount", 1234.5)
        .putValue("option1Description", "The whole bill back."));
    processEngine.getTaskService().complete(complaint.task("approveOffer").getId(),
        Variables.createVariables().putValue("offerDecision", "approve"));
    DueJobs.run(managementService, complaint.instance);
    assertThat(complaint.instance).isWaitingAt("discussSolutions");

    // When the customer opens the choice page
    HttpResponse<String> page = http.get("/customer/choice?token=" + tokens.issue(LinkPurpose.CHOICE, complaint.reference(), 1));

    // Then the amount is written as the mail writes it: grouped, in the language's way (Bulgarian too)
    ReceivedMail options = Arrays.stream(mailServer.getReceivedMessages()).map(ReceivedMail::of)
        .filter(mail -> mail.subject().contains(complaint.reference())).reduce((first, last) -> last).orElseThrow();
    assertThat(options.text()).contains(amount);
    assertThat(page.body()).contains(amount);
  }

  @Test
  void theLinksOfAnOfferAndItsReminder_chooseFromThatOfferOnly_notFromTheNextOne() {
    // Given the options mail and its reminder, each with its own link to the first offer
    ComplaintScenario complaint = optionsSent("en");
    String offered = choiceToken(lastMailTo(complaint));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(complaint.instance.getId())
        .activityId("choiceReminderDue").singleResult().getId());
    DueJobs.run(managementService, complaint.instance);
    String reminded = choiceToken(lastMailTo(complaint));
    assertThat(reminded).isNotEqualTo(offered);

    // Then both links show the first offer, as the reminder belongs to it
    assertThat(http.get("/customer/choice?token=" + offered).body()).contains("40 EUR back.");
    assertThat(http.get("/customer/choice?token=" + reminded).body()).contains("40 EUR back.");

    // When the customer declines through the reminder's link, and the agent makes a new offer
    assertThat(post(reminded, "choice=none&comment=" + encode("Neither, please.")).statusCode()).isEqualTo(200);
    processEngine.getTaskService().complete(complaint.task("offerSolution").getId(), Variables.createVariables()
        .putValue("option1Type", "giftCard").putValue("option1Amount", 30.0)
        .putValue("option1Description", "A gift card.").putValue("addOption2", false));
    DueJobs.run(managementService, complaint.instance);
    assertThat(complaint.instance).isWaitingAt("discussSolutions");
    String second = choiceToken(lastMailTo(complaint));

    // Then the unused link of the first offer says so politely, shows nothing of the new one, and changes nothing
    String replaced = "This question has already been answered, or we have since replaced it";
    HttpResponse<String> old = http.get("/customer/choice?token=" + offered);
    assertThat(old.statusCode()).isEqualTo(200);
    assertThat(old.body()).contains(replaced).doesNotContain("A gift card.", "value=\"option1\"");
    HttpResponse<String> oldChoice = post(offered, "choice=option1");
    assertThat(oldChoice.statusCode()).isEqualTo(200);
    assertThat(oldChoice.body()).contains(replaced);
    assertThat(complaint.instance).isWaitingAt("discussSolutions");
    assertThat(runtimeService.getVariable(complaint.instance.getId(), ProcessConstants.VAR_CHOSEN_OPTION)).isNull();

    // And the new offer's link chooses from the new offer
    assertThat(http.get("/customer/choice?token=" + second).body()).contains("A gift card.");
    assertThat(post(second, "choice=option1").body()).contains("We have received your answer.");
    assertThat(complaint.instance).isWaitingAt("makePromise");
    assertThat(runtimeService.getVariable(complaint.instance.getId(), ProcessConstants.VAR_CHOSEN_OPTION))
        .isEqualTo("option1");
  }

  @Test
  void aLinkWithoutARound_choosesFromAnOfferMailedBeforeOffersWereNumbered() {
    ComplaintScenario complaint = optionsSent("en");
    runtimeService.removeVariable(complaint.instance.getId(), ProcessConstants.VAR_CHOICE_ROUND);

    assertThat(http.get("/customer/choice?token=" + tokens.issue(LinkPurpose.CHOICE, complaint.reference(), 1))
        .body()).contains("This question has already been answered, or we have since replaced it");
    assertThat(post(tokens.issue(LinkPurpose.CHOICE, complaint.reference()), "choice=option1").body())
        .contains("We have received your answer.");
  }

  private ReceivedMail lastMailTo(ComplaintScenario complaint) {
    Object email = runtimeService.getVariable(complaint.instance.getId(), ProcessConstants.VAR_CUSTOMER_EMAIL);
    return Arrays.stream(mailServer.getReceivedMessages()).map(ReceivedMail::of)
        .filter(mail -> mail.recipient().getAddress().equals(email)).reduce((first, last) -> last).orElseThrow();
  }

  private static String choiceToken(ReceivedMail mail) {
    Matcher token = Pattern.compile("/customer/choice\\?token=([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)").matcher(mail.text());
    assertThat(token.find()).as(mail.text()).isTrue();
    return token.group(1);
  }

  private static void assertRefused(HttpResponse<String> response, String... texts) {
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("id=\"problem\"").contains(texts);
  }

  private HttpResponse<String> post(String token, String form) {
    return http.post("/customer/choice", null, null, FORM, "token=" + token + "&" + form);
  }

  /** A complaint whose refund and coupon passed the authority check and went out to the customer. */
  private ComplaintScenario optionsSent(String language) {
    ComplaintScenario complaint = ComplaintScenario.startAt("offerSolution", Variables.createVariables()
        .putValue(ProcessConstants.VAR_CUSTOMER_LANGUAGE, language), mailServer);
    processEngine.getTaskService().complete(complaint.task("offerSolution").getId(), Variables.createVariables()
        .putValue("option1Type", "refund").putValue("option1Amount", 40.0).putValue("option1Description", "40 EUR back.")
        .putValue("addOption2", true).putValue("option2Type", "discountCoupon").putValue("option2Amount", 20.0)
        .putValue("option2Description", "A coupon for your next <visit>."));
    DueJobs.run(managementService, complaint.instance);
    assertThat(complaint.instance).isWaitingAt("discussSolutions");
    return complaint;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
