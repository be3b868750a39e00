package eu.complaintdesk.communication;

import static org.assertj.core.api.Assertions.assertThat;

import eu.complaintdesk.ProcessConstants;
import eu.complaintdesk.communication.CommunicationEntry.Direction;

/**
 * What the communication log must say of an answer taken on the phone, for the tests of both ways
 * staff record a call (the Customer tab, and the process "Record a customer's call").
 */
public final class PhoneAnswers {

  private PhoneAnswers() {
  }

  /** A received answer to {@code message}, by phone, taken down by {@code user}, from the customer's address. */
  public static void assertPhoneAnswer(CommunicationEntry entry, String message, String user) {
    assertThat(entry.direction()).isEqualTo(Direction.RECEIVED);
    assertThat(entry.kind()).isEqualTo(message);
    assertThat(entry.channel()).isEqualTo(ProcessConstants.VIA_PHONE);
    assertThat(entry.recordedBy()).isEqualTo(user);
    assertThat(entry.messageId()).isNull();
    assertThat(entry.counterpart()).endsWith("@example.org");
  }
}
