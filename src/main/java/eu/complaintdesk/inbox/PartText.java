package eu.complaintdesk.inbox;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The text of a MIME text part, decoded by its charset: Jakarta Mail and the JDK know UTF-8,
 * windows-1250, ISO-8859-2, windows-1251, KOI8-R and the others mail programs write. A charset
 * nobody knows is read as UTF-8 rather than refused: a customer's words in a wrongly named charset
 * are still worth reading.
 */
final class PartText {

  private PartText() {
  }

  static String of(Part part) throws MessagingException, IOException {
    try {
      if (part.getContent() instanceof String text) {
        return text;
      }
    } catch (UnsupportedEncodingException unknownCharset) {
      // read below
    }
    try (InputStream in = part.getInputStream()) {
      return new String(in.readAllBytes(), charsetOr(part, StandardCharsets.UTF_8));
    }
  }

  private static Charset charsetOr(Part part, Charset fallback) {
    try {
      String name = new ContentType(part.getContentType()).getParameter("charset");
      return name == null ? fallback : Charset.forName(MimeUtility.javaCharset(name));
    } catch (MessagingException | RuntimeException e) {
      return fallback;
    }
  }
}
