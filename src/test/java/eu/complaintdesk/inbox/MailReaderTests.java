package eu.complaintdesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.unit.DataSize;

/** A mail read as the inbox reads it: charsets decoded, HTML as text, attachments kept, bounces known. */
class MailReaderTests {

  static final InboxProperties LIMITS = new InboxProperties("127.0.0.1", 2143, "imap", "complaints", "x", "INBOX",
      Duration.ofMinutes(1), false, "Processed", "Quarantine", DataSize.ofMegabytes(25), 100);

  private final MailReader reader = new MailReader(LIMITS);

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "UTF-8,        Številka računa je 4711. Хубав ден!",
      "windows-1250, Številka računa je 4711: žlica in čaša.",
      "ISO-8859-2,   Številka računa je 4711: žlica in čaša.",
      "windows-1251, Номерът на касовата бележка е 4711.",
      "KOI8-R,       Номер чека 4711, спасибо."})
  void eachCharset_isDecoded(String charset, String text) throws Exception {
    MimeMessage mail = mail("Re: CMP-2026-000001");
    mail.setText(text, charset);
    mail.saveChanges();

    InboundMail read = reader.read(reparsed(mail));

    assertThat(read.text().strip()).isEqualTo(text);
    assertThat(read.fromAddress()).isEqualTo("jana@example.org");
  }

  @Test
  void anHtmlOnlyMail_isReadAsText_withoutTheQuotedMail() throws Exception {
    MimeMessage mail = mail("Re: your complaint");
    mail.setContent("<html><body><div>Druga možnost,<br>prosim.</div><p>Lep pozdrav</p>"
        + "<blockquote>Which option do you prefer?</blockquote><script>alert(1)</script></body></html>",
        "text/html; charset=UTF-8");
    mail.saveChanges();

    InboundMail read = reader.read(reparsed(mail));

    assertThat(read.text()).isEqualTo("Druga možnost,\nprosim.\n\nLep pozdrav");
  }

  @Test
  void attachments_areKeptAsFileNameAndBytes() throws Exception {
    MimeMessage mail = mail("Photo");
    MimeBodyPart text = new MimeBodyPart();
    text.setText("Here is the photo.", "UTF-8");
    MimeBodyPart photo = new MimeBodyPart();
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
    photo.setContent(png, "image/png");
    photo.setFileName("kettle.png");
    mail.setContent(new MimeMultipart(text, photo));
    mail.saveChanges();

    InboundMail read = reader.read(reparsed(mail));

    assertThat(read.text()).isEqualTo("Here is the photo.");
    assertThat(read.attachments()).singleElement().satisfies(attachment -> {
      assertThat(attachment.fileName()).isEqualTo("kettle.png");
      assertThat(attachment.content()).isEqualTo(png);
    });
  }

  @Test
  void aDeliveryStatusNotification_isABounce_naming_theMailThatCameBack() throws Exception {
    InboundMail read = reader.read(raw("""
        From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
        To: complaints@complaint-desk.local
        Subject: Undelivered Mail Returned to Sender
        Message-ID: <bounce-1@mx.example.org>
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

        --b1
        Content-Type: text/plain

        I'm sorry to have to inform you that your message could not be delivered.
        --b1
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.example.org

        Final-Recipient: rfc822; jana@example.org
        Action: failed
        Status: 5.1.1
        --b1
        Content-Type: text/rfc822-headers

        From: Complaint Desk <complaints@complaint-desk.local>
        To: jana@example.org
        Subject: Your complaint CMP-2026-000007: we have received it
        Message-ID: <CMP-2026-000007.acknowledgement.1@complaint-desk.local>
        --b1--
        """));

    assertThat(read.bounce()).isTrue();
    assertThat(read.threadIds()).contains("<CMP-2026-000007.acknowledgement.1@complaint-desk.local>");
  }

  @Test
  void anUnknownCharset_isReadAsUtf8_ratherThanRefused() throws Exception {
    InboundMail read = reader.read(raw("""
        From: jana@example.org
        Subject: odd
        Content-Type: text/plain; charset=x-no-such-charset

        Hello 4711
        """));

    assertThat(read.text().strip()).isEqualTo("Hello 4711");
  }

  @Test
  void tooManyAttachments_areRefused() throws Exception {
    MimeMessage mail = mail("Many");
    MimeMultipart parts = new MimeMultipart();
    for (int i = 0; i < 6; i++) {
      MimeBodyPart file = new MimeBodyPart();
      file.setContent(new byte[] {1, 2, 3}, "image/jpeg");
      file.setFileName("photo" + i + ".jpg");
      parts.addBodyPart(file);
    }
    mail.setContent(parts);
    mail.saveChanges();

    assertThatThrownBy(() -> reader.read(reparsed(mail))).isInstanceOf(MailUnreadable.class)
        .hasMessage("more than 5 attachments");
  }

  static MimeMessage mail(String subject) throws Exception {
    MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
    mail.setFrom(new InternetAddress("jana@example.org", "Jana Novak"));
    mail.setRecipient(Message.RecipientType.TO, new InternetAddress("complaints@complaint-desk.local"));
    mail.setSubject(subject, "UTF-8");
    return mail;
  }

  /** As the mail arrives: written out and parsed again. */
  static MimeMessage reparsed(MimeMessage mail) throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    mail.writeTo(out);
    return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(out.toByteArray()));
  }

  static MimeMessage raw(String text) throws Exception {
    return new MimeMessage(Session.getInstance(new Properties()),
        new ByteArrayInputStream(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
  }
}
