package eu.complaintdesk;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Real files for the attachment tests, made in the test: a PNG drawn with ImageIO, a PDF a reader
 * opens (one page, one line of text, a correct cross-reference table), a Windows program's header,
 * plain text.
 */
public final class TestFiles {

  private TestFiles() {
  }

  /** A small PNG picture, its pixels coloured by {@code seed} so two of them differ. */
  public static byte[] png(int seed) {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 40; x++) {
      for (int y = 0; y < 30; y++) {
        image.setRGB(x, y, new Color((x * 6 + seed) % 256, (y * 8) % 256, (seed * 40) % 256).getRGB());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A one-page PDF that says {@code text} (ASCII). */
  public static byte[] pdf(String text) {
    String stream = "BT /F1 18 Tf 72 720 Td (" + text.replace("(", "\\(").replace(")", "\\)") + ") Tj ET";
    List<String> objects = List.of(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            + " /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.length());
      pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
    offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
    pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref).append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** The start of a Windows program (MZ header, DOS stub), as a renamed .exe would begin. */
  public static byte[] windowsProgram() {
    byte[] program = new byte[512];
    byte[] header = "MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(header, 0, program, 0, header.length);
    byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(stub, 0, program, 78, stub.length);
    return program;
  }

  public static byte[] text(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** {@code megabytes} MB of a valid PNG followed by filler: an image, just too big. */
  public static byte[] largePng(int megabytes) {
    byte[] png = png(1);
    byte[] large = new byte[megabytes * 1024 * 1024];
    System.arraycopy(png, 0, large, 0, png.length);
    return large;
  }
}
