package eu.complaintdesk.inbox;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;

/**
 * What makes a mail once-only: the SHA-256 of its Message-ID, else of all its header lines (a mail
 * without a Message-ID is rare, and its headers with their Received lines and Date are as unique).
 * A hash, so that the key has a fixed length whatever a sender writes.
 */
final class MailKeys {

  private MailKeys() {
  }

  static String of(MimeMessage mail) throws MessagingException {
    String messageId = mail.getMessageID();
    if (messageId != null && !messageId.isBlank()) {
      return "id:" + sha256(messageId.strip());
    }
    StringBuilder headers = new StringBuilder();
    for (Enumeration<Header> all = mail.getAllHeaders(); all.hasMoreElements(); ) {
      Header header = all.nextElement();
      headers.append(header.getName()).append(':').append(header.getValue()).append('\n');
    }
    return "headers:" + sha256(headers.toString());
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
