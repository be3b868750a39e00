package eu.complaintdesk;

import java.util.List;

/**
 * The names that the process models, the Java code and the tests share: group ids, process keys,
 * variable and message names. One place, so that a rename in a diagram has one counterpart here.
 */
public final class ProcessConstants {

  // Roles (Camunda groups)
  public static final String GROUP_AGENTS = "agents";
  public static final String GROUP_MANAGERS = "managers";
  public static final String GROUP_ANALYSTS = "analysts";
  public static final String GROUP_ADMINS = "admins";
  /** Integrations (shop, CRM, chat) that submit complaints through our REST API at /api. */
  public static final String GROUP_INTAKE = "intake";
  /** Monitoring (Prometheus): reads /actuator/prometheus and the health details, nothing else. */
  public static final String GROUP_METRICS = "metrics";

  /** The deployment name under which everything in processes/ and forms/ is deployed. */
  public static final String DEPLOYMENT_NAME = "complaint-desk";

  // Process and decisions
  public static final String PROCESS_COMPLAINT_HANDLING = "complaintHandling";
  public static final String DECISION_TRIAGE = "complaintTriage";
  public static final String DECISION_COMPENSATION_AUTHORITY = "compensationAuthority";
  /** "Record a customer's call": an answer given on the phone while no task of the complaint is open. */
  public static final String PROCESS_RECORD_CUSTOMER_CALL = "recordCustomerCall";

  /** The resolution subprocess's deadline timer, which waiting for the customer pauses. */
  public static final String ACTIVITY_RESOLUTION_DEADLINE = "resolutionDeadline";
  /** The first agent task, on which the first-response deadline runs. */
  public static final String ACTIVITY_LISTEN_TO_CUSTOMER = "listenToCustomer";

  // The deadlines' timers on the diagram (SLA events, counted in quality/SlaEvent)
  /** 75 % of the first-response time has passed on "Listen to the customer": the team is warned. */
  public static final String ACTIVITY_FIRST_RESPONSE_WARNING = "firstResponseWarning";
  /** The first-response deadline has passed: managers are called in. */
  public static final String ACTIVITY_FIRST_RESPONSE_BREACHED = "firstResponseBreached";
  /** The final-response limit is near: the holding reply goes out. */
  public static final String ACTIVITY_HOLDING_REPLY_DUE = "holdingReplyDue";
  /** The final-response limit itself has passed: referral rights, managers take over. */
  public static final String ACTIVITY_FINAL_RESPONSE_OVERDUE = "finalResponseOverdue";

  // The steps the reporting table (quality/ReportEvents) counts when they end
  /** The three mails that close a complaint: the final response, the summary resolution, no reply. */
  public static final String ACTIVITY_SEND_FINAL_RESPONSE_EMAIL = "sendFinalResponseEmail";
  public static final String ACTIVITY_SEND_SUMMARY_RESOLUTION_EMAIL = "sendSummaryResolutionEmail";
  public static final String ACTIVITY_SEND_CLOSING_EMAIL = "sendClosingEmail";
  public static final String ACTIVITY_SEND_REFERRAL_RIGHTS_EMAIL = "sendReferralRightsEmail";
  public static final String ACTIVITY_SEND_SURVEY_EMAIL = "sendSurveyEmail";
  /** One promise of "Keep every promise" starts, ends kept, or its day passes (it is broken). */
  public static final String ACTIVITY_PROMISE_STARTED = "promiseStarted";
  public static final String ACTIVITY_PROMISE_KEPT = "promiseKept";
  public static final String ACTIVITY_PROMISE_DUE = "promiseDue";
  public static final String ACTIVITY_REOPEN_COMPLAINT = "reopenComplaint";
  /** The start of the event subprocess "Customer withdraws". */
  public static final String ACTIVITY_COMPLAINT_WITHDRAWN = "complaintWithdrawn";

  // User tasks (each with its completion rules in complaint/CompletionRules)
  public static final String TASK_GATHER_INFORMATION = "gatherInformation";
  public static final String TASK_RECORD_COMPLAINT = "recordComplaint";
  public static final String TASK_SHOW_EMPATHY = "showEmpathy";
  public static final String TASK_OFFER_SOLUTION = "offerSolution";
  public static final String TASK_APPROVE_OFFER = "approveOffer";
  public static final String TASK_DISCUSS_SOLUTIONS = "discussSolutions";
  public static final String TASK_MAKE_PROMISE = "makePromise";
  public static final String TASK_KEEP_PROMISE = "keepPromise";
  public static final String TASK_RESOLVE_BROKEN_PROMISE = "resolveBrokenPromise";
  public static final String TASK_TAKE_OVER_OVERDUE_COMPLAINT = "takeOverOverdueComplaint";
  public static final String TASK_TAKE_OVER_OVERDUE_RESOLUTION = "takeOverOverdueResolution";
  public static final String TASK_RECOVER_CUSTOMER = "recoverCustomer";
  public static final String TASK_REVIEW_QUALITY = "reviewQuality";
  public static final String TASK_RECORD_OUTCOME = "recordOutcome";
  public static final String TASK_TAKE_OVER_FINAL_RESPONSE = "takeOverFinalResponse";

  // Messages from the customer (correlated by business key = complaint reference)
  public static final String MESSAGE_INFORMATION_RECEIVED = "CustomerInformationReceived";
  public static final String MESSAGE_SOLUTION_CHOSEN = "CustomerChoseSolution";
  /** None of the offered solutions suits the customer: back to the agent's "Offer a solution". */
  public static final String MESSAGE_OPTIONS_DECLINED = "CustomerDeclinedOptions";
  public static final String MESSAGE_FEEDBACK_RECEIVED = "CustomerFeedbackReceived";
  public static final String MESSAGE_COMPLAINT_WITHDRAWN = "ComplaintWithdrawn";
  /** The customer asks, within the reopen period after our final response, to look at it again. */
  public static final String MESSAGE_REOPEN_REQUESTED = "ComplaintReopenRequested";
  /** A mail about the complaint that an agent reads (event subprocess "Customer writes"). */
  public static final String MESSAGE_CUSTOMER_MESSAGE_RECEIVED = "CustomerMessageReceived";

  // The channels a customer's answer comes by (complaint/CustomerAnswerDoor, the communication log)
  /** Through a signed link in one of our mails (the customer pages). */
  public static final String VIA_LINK = "link";
  /** On the phone, recorded by an agent or manager from a task (Tasklist's Customer tab). */
  public static final String VIA_PHONE = "phone";
  /** By e-mail, a reply the inbox read; also the channel of every mail we send. */
  public static final String VIA_EMAIL = "email";
  /** Withdrawn for the customer by a data-protection officer, before their personal data is erased. */
  public static final String VIA_PRIVACY_REQUEST = "privacy";

  // Record a customer's call (its start form; the reference is VAR_COMPLAINT_REFERENCE)
  /** Which answer the customer gave: the message it is, one of {@code complaint/CustomerCalls.ANSWERS}. */
  public static final String VAR_CUSTOMER_ANSWER = "customerAnswer";
  /** Who took the call down (the start event's camunda:initiator). */
  public static final String VAR_CALL_RECORDED_BY = "callRecordedBy";

  // Intake (start form)
  public static final String VAR_CUSTOMER_NAME = "customerName";
  public static final String VAR_CUSTOMER_EMAIL = "customerEmail";
  public static final String VAR_CUSTOMER_PHONE = "customerPhone";
  public static final String VAR_CUSTOMER_LANGUAGE = "customerLanguage";
  public static final String VAR_CHANNEL = "channel";
  public static final String VAR_COMPLAINT_TYPE = "complaintType";
  public static final String VAR_SEVERITY = "severity";
  public static final String VAR_CUSTOMER_TIER = "customerTier";
  public static final String VAR_SUMMARY = "summary";
  /** The channel our REST API records; Tasklist's start form does not offer it. */
  public static final String CHANNEL_API = "api";
  /** The API user (group intake) that submitted the complaint: only it may read its status. */
  public static final String VAR_INTAKE_CLIENT = "intakeClient";
  /** The channel of the public web form (/complaints/new), which the customer fills in alone. */
  public static final String CHANNEL_WEB = "web";
  /** Who keyed the complaint in (the start event's camunda:initiator): set for Tasklist and engine REST starts. */
  public static final String VAR_INTAKE_AGENT = "intakeAgent";
  /** The customer's consent to the processing of personal data: {@code true} when given. */
  public static final String VAR_PRIVACY_CONSENT = "privacyConsent";
  /** When the customer gave that consent (a date and time). */
  public static final String VAR_PRIVACY_CONSENT_AT = "privacyConsentAt";
  /** Which policy the customer agreed to: the address of its text (complaint-desk.privacy-policy-url). */
  public static final String VAR_PRIVACY_POLICY = "privacyPolicy";

  // Registration, triage and deadlines
  public static final String VAR_COMPLAINT_REFERENCE = "complaintReference";
  public static final String VAR_RECEIVED_AT = "receivedAt";
  public static final String VAR_TRIAGE = "triage";
  public static final String TRIAGE_PRIORITY = "priority";
  public static final String TRIAGE_FIRST_RESPONSE_TIME = "firstResponseTime";
  public static final String TRIAGE_RESOLUTION_TIME = "resolutionTime";
  public static final String VAR_PRIORITY = "priority";
  public static final String VAR_FIRST_RESPONSE_DUE = "firstResponseDue";
  public static final String VAR_FIRST_RESPONSE_WARNING_AT = "firstResponseWarningAt";
  public static final String VAR_RESOLUTION_DUE = "resolutionDue";
  public static final String VAR_FINAL_RESPONSE_DUE = "finalResponseDue";
  public static final String VAR_HOLDING_REPLY_AT = "holdingReplyAt";
  public static final String VAR_RESOLUTION_TIME_LEFT = "resolutionTimeLeft";
  /** When an unanswered request for information closes the complaint: set when the request goes out. */
  public static final String VAR_INFORMATION_CLOSE_AT = "informationCloseAt";
  public static final String VAR_ESCALATED = "escalated";

  // Steps 2 to 5
  public static final String VAR_CUSTOMER_ACCOUNT = "customerAccount";
  public static final String VAR_INFORMATION_COMPLETE = "informationComplete";
  public static final String VAR_INFORMATION_REQUEST = "informationRequest";
  public static final String VAR_INFORMATION_REPLY = "informationReply";
  /**
   * Which request for information the complaint sent last (1, 2, ...): counted by the request mail,
   * not by its reminder, and signed into the information link, so that a link answers only the
   * request it came with.
   */
  public static final String VAR_INFORMATION_REQUEST_NUMBER = "informationRequestNumber";
  public static final String VAR_ACCOUNT_NUMBER = "accountNumber";
  public static final String VAR_INCIDENT_DATE = "incidentDate";
  public static final String VAR_DETAILS = "details";
  public static final String VAR_DESIRED_OUTCOME = "desiredOutcome";
  public static final String VAR_CALL_RECORDING_NOTICE = "callRecordingNotice";
  public static final String VAR_CUSTOMER_FEELING = "customerFeeling";
  public static final String VAR_EMPATHY_NOTES = "empathyNotes";
  public static final String VAR_TAKE_OVER_NOTES = "takeOverNotes";
  /** What the manager did when the final-response limit passed (take-over-final-response form). */
  public static final String VAR_FINAL_RESPONSE_ACTION = "finalResponseAction";

  // Steps 8 to 10
  /** The agents' step 8 task and the managers' approval of an offer above the agent's authority. */
  public static final String ACTIVITY_OFFER_SOLUTION = "offerSolution";
  public static final String ACTIVITY_APPROVE_OFFER = "approveOffer";
  /** Who completed "Offer a solution" (user id): never the approver (four eyes). */
  public static final String VAR_OFFERED_BY = "offeredBy";
  /** The offer as the authority check judged it (JSON), and the seal that shows it is unchanged. */
  public static final String VAR_JUDGED_OFFER = "judgedOffer";
  public static final String VAR_JUDGED_OFFER_SEAL = "judgedOfferSeal";
  public static final String VAR_WITHIN_AUTHORITY = "withinAuthority";
  public static final String VAR_AUTHORITY_NOTES = "authorityNotes";
  public static final String VAR_OFFER_DECISION = "offerDecision";
  public static final String VAR_MANAGER_COMMENT = "managerComment";
  public static final String VAR_CHOSEN_OPTION = "chosenOption";
  public static final String VAR_DISCUSSION_NOTES = "discussionNotes";
  /**
   * What the customer wrote on the choice page: why none of the options suits (required then, shown
   * in the offer-solution form), or a remark with the option chosen (shown in the make-promise form).
   */
  public static final String VAR_CHOICE_COMMENT = "choiceComment";
  /** Optional on the offer: the currency of its amounts, which must be the desk's (complaint-desk.currency). */
  public static final String VAR_CURRENCY = "currency";
  /**
   * When we go ahead with the recommended option if the customer has not chosen: set once when
   * the options go out, stated in their mail and waited for by the "No choice made" timer.
   */
  public static final String VAR_CHOICE_FALLBACK_AT = "choiceFallbackAt";
  /** How the solution was chosen: {@code customer} (by mail), {@code agent} (on a call) or {@code default}. */
  public static final String VAR_CHOICE_MADE_BY = "choiceMadeBy";
  /**
   * Which offer of solutions the complaint sent last (1, 2, ...; a new one after "none of these
   * suits me"): counted by the options mail, not by its reminder, and signed into the choice link,
   * so that a link chooses only from the offer it came with.
   */
  public static final String VAR_CHOICE_ROUND = "choiceRound";
  /** Promise n (1 to 3) of the make-promise form: {@code format(VAR_PROMISE_N_DESCRIPTION, n)}. */
  public static final String VAR_PROMISE_N_DESCRIPTION = "promise%dDescription";
  /** The day promise n is due by, as the form's date field gives it ({@code 2026-12-14}). */
  public static final String VAR_PROMISE_N_DUE = "promise%dDue";
  /** The make-promise form's checkbox that adds promise n (2 or 3). */
  public static final String VAR_ADD_PROMISE = "addPromise%d";
  public static final int MAX_PROMISES = 3;
  /** Element variable of "Keep every promise": which promise an instance keeps. */
  public static final String VAR_PROMISE_NUMBER = "promiseNumber";
  /** The promise one "Keep the promise" task is about (local input parameters of the task). */
  public static final String VAR_PROMISE_DESCRIPTION = "promiseDescription";
  public static final String VAR_PROMISE_DUE = "promiseDue";
  public static final String VAR_PROMISE_KEPT = "promiseKept";
  public static final String VAR_FULFILMENT_NOTES = "fulfilmentNotes";
  public static final String VAR_BROKEN_PROMISE_ACTION = "brokenPromiseAction";
  /** The day a manager gives a broken promise instead ({@code 2026-12-18}): it becomes the promise's date. */
  public static final String VAR_NEW_PROMISE_DUE = "newPromiseDue";
  /** The solution chosen, in words, for the make-promise form (a local input parameter of the task). */
  public static final String VAR_CHOSEN_SOLUTION = "chosenSolution";

  // The end of step 10: the outcome (step 4's record, completed) and the final response
  /** {@code upheld}, {@code partlyUpheld} or {@code notUpheld}. */
  public static final String VAR_COMPLAINT_OUTCOME = "complaintOutcome";
  public static final String OUTCOME_UPHELD = "upheld";
  /** From the list in forms/record-outcome.form, which analysts keep. */
  public static final String VAR_ROOT_CAUSE = "rootCause";
  /** What we found, in words to the customer: quoted in the final response. */
  public static final String VAR_FINDINGS = "findings";
  /** What we did to put things right, in words to the customer: quoted in the final response. */
  public static final String VAR_REDRESS = "redress";
  public static final String VAR_CUSTOMER_FEELING_AT_END = "customerFeelingAtEnd";

  // Steps 11 and 12, withdrawal
  public static final String VAR_FEEDBACK_SCORE = "feedbackScore";
  public static final String VAR_FEEDBACK_COMMENT = "feedbackComment";
  public static final String VAR_RECOVERY_ACTION = "recoveryAction";
  /** Set by the diagram's low-score flow (gateway scoreLow), which alone knows the threshold. */
  public static final String VAR_LOW_SCORE = "lowScore";
  public static final String VAR_QUALITY_REVIEW = "qualityReview";
  public static final String VAR_QUALITY_SCORE = "qualityScore";
  public static final String VAR_QUALITY_NOTES = "qualityNotes";
  /**
   * The quality review scores each checklist step from 1 to 5 (step 12 is the review itself): one
   * variable per step, in the checklist's order. The quality figures average them per agent and team.
   */
  public static final String VAR_REVIEW_ACTED_QUICKLY = "reviewActedQuickly";
  public static final String VAR_REVIEW_LISTENED = "reviewListened";
  public static final String VAR_REVIEW_GATHERED = "reviewGathered";
  public static final String VAR_REVIEW_RECORDED = "reviewRecorded";
  public static final String VAR_REVIEW_EMPATHY = "reviewEmpathy";
  public static final String VAR_REVIEW_THANKED = "reviewThanked";
  public static final String VAR_REVIEW_APOLOGISED = "reviewApologised";
  public static final String VAR_REVIEW_OFFERED = "reviewOffered";
  public static final String VAR_REVIEW_DISCUSSED = "reviewDiscussed";
  public static final String VAR_REVIEW_KEPT_PROMISES = "reviewKeptPromises";
  public static final String VAR_REVIEW_ASKED_FEEDBACK = "reviewAskedFeedback";
  /** The eleven step scores in the checklist's order (steps 1 to 11). */
  public static final List<String> REVIEW_STEP_SCORES = List.of(VAR_REVIEW_ACTED_QUICKLY,
      VAR_REVIEW_LISTENED, VAR_REVIEW_GATHERED, VAR_REVIEW_RECORDED, VAR_REVIEW_EMPATHY, VAR_REVIEW_THANKED,
      VAR_REVIEW_APOLOGISED, VAR_REVIEW_OFFERED, VAR_REVIEW_DISCUSSED, VAR_REVIEW_KEPT_PROMISES,
      VAR_REVIEW_ASKED_FEEDBACK);
  public static final String VAR_WITHDRAWAL_REASON = "withdrawalReason";

  // Reopening after the final response
  /** Optional, with {@link #MESSAGE_REOPEN_REQUESTED}: why the customer wants the complaint looked at again. */
  public static final String VAR_REOPEN_REASON = "reopenReason";
  /**
   * The complaint a new one follows up (a reply by mail to a complaint that has ended for good): the
   * agent reads the old one's history before answering.
   */
  public static final String VAR_FOLLOWS_COMPLAINT = "followsComplaint";
  /** Set when the complaint was reopened at least once; the reports count reopened complaints by it. */
  public static final String VAR_REOPENED = "reopened";
  /** Until when the customer may ask to reopen: set when the reopen period starts. */
  public static final String VAR_REOPENABLE_UNTIL = "reopenableUntil";
  /** The agents' notes on a reopened complaint, from its review task. */
  public static final String VAR_REOPEN_NOTES = "reopenNotes";
  public static final String ACTIVITY_RESOLVE_COMPLAINT = "resolveComplaint";
  public static final String ACTIVITY_REOPEN_REQUESTED = "reopenRequested";
  public static final String TASK_REVIEW_REOPENED_COMPLAINT = "reviewReopenedComplaint";

  /**
   * How many mails of a kind the complaint has had, {@code format(VAR_MAILS_SENT, "survey")}: the
   * sequence in each mail's Message-ID.
   */
  public static final String VAR_MAILS_SENT = "mailsSent.%s";

  /** Input parameter of an escalation task: the task (definition key) that managers let pass its due date. */
  public static final String VAR_OVERDUE_TASK = "overdueTask";

  /** Local input parameter of a mail task: true when the mail is a reminder of an earlier one. */
  public static final String VAR_REMINDER = "reminder";

  // Customer mails

  /** Optional, for the holding reply (e.g. an input parameter): why we are not done yet. */
  public static final String VAR_HOLDING_REASON = "holdingReason";
  /**
   * Optional, for the closing mail (e.g. an input parameter): {@code noReply} or {@code resolved}
   * (texts in the customer's language from mail/messages*.properties), or a text shown as it is.
   */
  public static final String VAR_CLOSING_REASON = "closingReason";
  /** Offered solution n (1 to 3) of the offer-solution form: {@code format(VAR_OPTION_TYPE, n)}. */
  public static final String VAR_OPTION_TYPE = "option%dType";
  public static final String VAR_OPTION_AMOUNT = "option%dAmount";
  public static final String VAR_OPTION_DESCRIPTION = "option%dDescription";
  /** The offer-solution form's checkbox that shows option n (2 or 3). */
  public static final String VAR_ADD_OPTION = "addOption%d";
  public static final int MAX_SOLUTION_OPTIONS = 3;

  // The inbox (inbox/): a mail it cannot process is shown to managers by a small process of its own
  public static final String PROCESS_QUARANTINED_MAIL = "quarantinedMail";
  public static final String TASK_CHECK_QUARANTINED_MAIL = "checkQuarantinedMail";
  /** The quarantined mail's sender, subject, Message-ID, the folder it lies in and why it is there. */
  public static final String VAR_MAIL_FROM = "mailFrom";
  public static final String VAR_MAIL_SUBJECT = "mailSubject";
  public static final String VAR_MAIL_MESSAGE_ID = "mailMessageId";
  public static final String VAR_MAIL_FOLDER = "mailFolder";
  public static final String VAR_QUARANTINE_REASON = "quarantineReason";
  /** What the manager did with the quarantined mail (check-quarantined-mail form). */
  public static final String VAR_QUARANTINE_ACTION = "quarantineAction";
  /** The agents' task of the event subprocess "Customer writes", and what the agent did. */
  public static final String TASK_READ_CUSTOMER_MESSAGE = "readCustomerMessage";
  public static final String VAR_MESSAGE_ACTION = "messageAction";
  /** The mail an agent reads, carried by CustomerMessageReceived (the task copies them to its own). */
  public static final String VAR_INBOUND_MAIL_FROM = "inboundMailFrom";
  public static final String VAR_INBOUND_MAIL_SUBJECT = "inboundMailSubject";
  public static final String VAR_INBOUND_MAIL_TEXT = "inboundMailText";
  /** Why an agent reads it: one of the MAIL_REASON_* values. */
  public static final String VAR_INBOUND_MAIL_REASON = "inboundMailReason";
  public static final String MAIL_REASON_NOT_WAITING = "notWaiting";
  public static final String MAIL_REASON_UNCLEAR = "unclear";
  public static final String MAIL_REASON_OTHER_SENDER = "otherSender";
  public static final String MAIL_REASON_BOUNCE = "bounce";
  /** True once one of our mails to the customer came back (a bounce): reach them another way. */
  public static final String VAR_CUSTOMER_EMAIL_FAILING = "customerEmailFailing";
  /** The channel of a complaint that arrived by mail. */
  public static final String CHANNEL_EMAIL = "email";

  private ProcessConstants() {
  }
}
