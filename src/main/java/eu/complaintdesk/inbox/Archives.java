package eu.complaintdesk.inbox;

/**
 * Recognises archives by their first bytes, not by the name a sender gave them: ZIP (and the office
 * formats built on it are no exception: a customer sends a photo or a PDF), gzip, 7-Zip, RAR, bzip2,
 * xz. Hand-written because it is six signatures; the attachments' own content checks (images and
 * PDF only) come with the customer pages.
 */
final class Archives {

  private static final byte[][] SIGNATURES = {
      {'P', 'K', 3, 4}, {'P', 'K', 5, 6}, {'P', 'K', 7, 8}, {0x1f, (byte) 0x8b},
      {'7', 'z', (byte) 0xbc, (byte) 0xaf, 0x27, 0x1c}, {'R', 'a', 'r', '!'}, {'B', 'Z', 'h'},
      {(byte) 0xfd, '7', 'z', 'X', 'Z', 0}};

  private Archives() {
  }

  static boolean isArchive(byte[] content) {
    for (byte[] signature : SIGNATURES) {
      if (startsWith(content, signature)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] content, byte[] signature) {
    if (content.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (content[i] != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
