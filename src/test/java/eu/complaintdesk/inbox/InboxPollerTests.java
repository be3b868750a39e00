package eu.complaintdesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.micrometer.core.instrument.MeterRegistry;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.ProcessConstants;
import jakarta.mail.Flags.Flag;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inbox reads the complaints mailbox of the embedded IMAP server once through: every mail is
 * dealt with exactly once, also by two pollers at the same time and after a stop between the effect
 * and the move, and a mail that cannot be read goes to the quarantine, where managers get a task,
 * while the other mails go on.
 */
@ComplaintDeskTest
class InboxPollerTests {

  /** The domain of this class's senders: the complaints their mails open are this class's to end. */
  static final String SENDERS = "inbox-poller.example";

  @Autowired
  GreenMail server;
  @Autowired
  InboxPoller poller;
  @Autowired
  InboxProperties settings;
  @Autowired
  ProcessedMails processedMails;
  @Autowired
  InboundMails inboundMails;
  @Autowired
  QuarantinedMails quarantinedMails;
  @Autowired
  PlatformTransactionManager transactionManager;
  @Autowired
  InboxCounters counters;
  @Autowired
  MeterRegistry registry;
  @Autowired
  TaskService taskService;
  @Autowired
  DataSource dataSource;
  @Autowired
  RuntimeService runtimeService;

  private ComplaintsMailbox mailbox;

  @BeforeEach
  void emptyMailbox() {
    mailbox = new ComplaintsMailbox(server);
    mailbox.empty();
  }

  @AfterEach
  void endWhatTheMailsStarted() {
    ComplaintsMailbox.endWhatMailsStarted(runtimeService, SENDERS);
  }

  @Test
  void aMail_isProcessedOnce_andMovedToProcessed() throws Exception {
    // Given a mail in the complaints mailbox
    String subject = "Plain mail " + UUID.randomUUID();
    mailbox.deliver(mail(subject, "Hello, my kettle broke."));

    // When the inbox is read twice
    int first = poller.poll();
    int second = poller.poll();

    // Then it was dealt with once, lies seen in Processed and is recorded
    assertThat(first).isEqualTo(1);
    assertThat(second).isZero();
    assertThat(mailbox.subjects("INBOX")).isEmpty();
    assertThat(mailbox.subjects("Processed")).containsExactly(subject);
    assertThat(rows(subject)).isEqualTo(1);
  }

  @Test
  void unreadableMails_goToQuarantine_withATaskForManagers_andTheOthersGoOn() throws Exception {
    // Given a malformed mail, a 30 MB mail, a zip bomb, a mail to 500 recipients and a good one
    String run = UUID.randomUUID().toString();
    mailbox.deliverRaw("""
        From: broken@example.org
        To: complaints@complaint-desk.local
        Subject: Malformed %s
        Message-ID: <malformed-%s@example.org>
        MIME-Version: 1.0
        Content-Type: multipart/mixed

        no boundary at all
        """.formatted(run, run));
    // 22 MB in base64 are a 30 MB mail
    mailbox.deliver(withAttachment("Huge " + run, "video.bin", new byte[22 * 1024 * 1024]));
    mailbox.deliver(withAttachment("Zip bomb " + run, "photos.zip", zipBomb()));
    MimeMessage crowd = mail("Crowd " + run, "Buy now!");
    for (int i = 1; i < 500; i++) {
      crowd.addRecipient(Message.RecipientType.CC, new InternetAddress("person" + i + "@example.org"));
    }
    mailbox.deliver(crowd);
    mailbox.deliver(mail("Good " + run, "A normal mail among them."));

    // When the inbox is read
    poller.poll();

    // Then the four are in quarantine, the good one is processed, and managers have a task for each
    assertThat(mailbox.subjects("Quarantine")).containsExactlyInAnyOrder("Malformed " + run, "Huge " + run,
        "Zip bomb " + run, "Crowd " + run);
    assertThat(mailbox.subjects("Processed")).containsExactly("Good " + run);
    assertThat(mailbox.subjects("INBOX")).isEmpty();
    assertThat(reason("Malformed " + run)).startsWith("malformed MIME");
    assertThat(reason("Huge " + run)).startsWith("the mail is 30.").contains("more than the 25.0 MB");
    assertThat(reason("Zip bomb " + run)).contains("photos.zip is an archive");
    assertThat(reason("Crowd " + run)).contains("sent to 500 recipients");
    Task task = managersTask("Zip bomb " + run);
    assertThat(taskService.getVariable(task.getId(), ProcessConstants.VAR_MAIL_FOLDER)).isEqualTo("Quarantine");
    assertThat(taskService.getVariable(task.getId(), ProcessConstants.VAR_MAIL_FROM)).isEqualTo("Jana Novak <jana@" + SENDERS + ">");
  }

  private double opened() {
    return registry.get(InboxCounters.METRIC).tag("outcome", "newComplaint").counter().count();
  }

  @Test
  void twoPollers_onOneMailbox_dealWithEveryMailExactlyOnce() throws Exception {
    // Given twenty mails and a second node's poller on the same mailbox and database
    String run = UUID.randomUUID().toString();
    List<String> subjects = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      subjects.add("Twice " + i + " " + run);
      MimeMessage mail = mail(subjects.get(i), "Mail number " + i + ": my kettle broke.");
      mail.setFrom(new InternetAddress("customer" + i + "-" + run + "@" + SENDERS));
      mailbox.deliver(mail);
    }
    InboxPoller secondNode = new InboxPoller(settings, processedMails, inboundMails, quarantinedMails,
        new TransactionTemplate(transactionManager), counters);
    double openedBefore = opened();

    // When both read the mailbox at the same time
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    List<Future<Integer>> polls = nodes.invokeAll(List.<Callable<Integer>>of(poller::poll, secondNode::poll));
    nodes.shutdown();
    int dealtWith = polls.get(0).get() + polls.get(1).get();

    // Then every mail was dealt with once, and lies once in Processed
    assertThat(dealtWith).isEqualTo(20);
    // counted once each, by the node that dealt with it
    assertThat(opened() - openedBefore).isEqualTo(20);
    assertThat(mailbox.subjects("Processed")).containsExactlyInAnyOrderElementsOf(subjects);
    assertThat(mailbox.subjects("INBOX")).isEmpty();
    subjects.forEach(subject -> assertThat(rows(subject)).isEqualTo(1));
    // And each opened one complaint: none lost, none twice
    for (int i = 0; i < 20; i++) {
      assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals(ProcessConstants.VAR_CUSTOMER_EMAIL,
          "customer" + i + "-" + run + "@" + SENDERS).count()).as("complaints of mail %d", i).isEqualTo(1);
    }
  }

  @Test
  void aStopBetweenTheEffectAndTheMove_movesTheMailLater_withoutASecondEffect() throws Exception {
    // Given a mail whose effect was committed by a node that stopped before moving it
    String subject = "Interrupted " + UUID.randomUUID();
    mailbox.deliver(mail(subject, "Dealt with, not moved."));
    try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
      store.connect(settings.host(), settings.port(), settings.user(), settings.password());
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_WRITE);
      assertThat(poller.deal(inbox.getMessages()[0]).filed()).isEqualTo(InboxPoller.Filed.PROCESSED);
      assertThat(inbox.getMessages()[0].isSet(Flag.DELETED)).isFalse();
      inbox.close(false);
    }

    // When the inbox is read again after the restart
    int dealtWith = poller.poll();

    // Then the mail is moved, and nothing was done twice
    assertThat(dealtWith).isZero();
    assertThat(mailbox.subjects("Processed")).containsExactly(subject);
    assertThat(mailbox.subjects("INBOX")).isEmpty();
    assertThat(rows(subject)).isEqualTo(1);
    assertThat(runtimeService.createProcessInstanceQuery()
        .variableValueEquals(ProcessConstants.VAR_CUSTOMER_EMAIL, "jana@" + SENDERS).count()).isEqualTo(1);
  }

  private int rows(String subject) {
    return new JdbcTemplate(dataSource).queryForObject("SELECT count(*) FROM inbox_mail WHERE subject = ?",
        Integer.class, subject);
  }

  private String reason(String subject) {
    return new JdbcTemplate(dataSource).queryForObject("SELECT reason FROM inbox_mail WHERE subject = ?",
        String.class, subject);
  }

  private Task managersTask(String subject) {
    return taskService.createTaskQuery().processDefinitionKey(ProcessConstants.PROCESS_QUARANTINED_MAIL)
        .taskCandidateGroup(ProcessConstants.GROUP_MANAGERS)
        .processVariableValueEquals(ProcessConstants.VAR_MAIL_SUBJECT, subject).singleResult();
  }

  static MimeMessage mail(String subject, String text) throws Exception {
    MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
    mail.setFrom(new InternetAddress("jana@" + SENDERS, "Jana Novak"));
    mail.setRecipient(Message.RecipientType.TO, new InternetAddress(ComplaintsMailbox.ADDRESS));
    mail.setSubject(subject, "UTF-8");
    mail.setText(text, "UTF-8");
    mail.saveChanges();
    return mail;
  }

  private static MimeMessage withAttachment(String subject, String fileName, byte[] content) throws Exception {
    MimeMessage mail = mail(subject, "See the attachment.");
    MimeBodyPart text = new MimeBodyPart();
    text.setText("See the attachment.", "UTF-8");
    MimeBodyPart file = new MimeBodyPart();
    file.setContent(content, "application/octet-stream");
    file.setFileName(fileName);
    file.setHeader("Content-Transfer-Encoding", "base64");
    mail.setContent(new MimeMultipart(text, file));
    mail.saveChanges();
    return mail;
  }

  /** A small zip of a large file of zeros: 10 MB unpacked from about 10 KB. */
  private static byte[] zipBomb() throws Exception {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("zeros.bin"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 10; i++) {
        out.write(zeros);
      }
      out.closeEntry();
    }
    return zip.toByteArray();
  }
}
