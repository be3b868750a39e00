package eu.complaintdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import eu.complaintdesk.TestFiles;
import eu.complaintdesk.complaint.Attachments.FileProblem;
import eu.complaintdesk.complaint.Attachments.Refusal;
import eu.complaintdesk.complaint.Attachments.Upload;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

/** What the desk accepts as an attachment, recognised by content with Tika, whatever the name says. */
class AttachmentsTests {

  private final Attachments attachments = new Attachments(null, null);

  @Test
  void imagesAndPdf_areAccepted_byTheirContent() {
    assertThat(attachments.check(List.of(upload("receipt.pdf", TestFiles.pdf("Receipt 42")),
        upload("photo.png", TestFiles.png(3)), upload("no-extension", TestFiles.png(4))))).isEmpty();
  }

  @Test
  void aPdfThatIsText_andAProgramCalledJpg_areRefused_namingTheFile() {
    List<FileProblem> problems = attachments.check(List.of(upload("invoice.pdf", TestFiles.text("Just text, no PDF.")),
        upload("holiday.jpg", TestFiles.windowsProgram())));

    assertThat(problems).extracting(FileProblem::fileName, FileProblem::refusal)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("invoice.pdf", Refusal.NOT_ACCEPTED),
            org.assertj.core.groups.Tuple.tuple("holiday.jpg", Refusal.NOT_ACCEPTED));
    assertThat(problems.get(0).problem().toString()).isEqualTo(
        "invoice.pdf is text/plain, not an image (JPEG, PNG, GIF, WebP, HEIC) or a PDF");
    assertThat(problems.get(1).detectedType()).isEqualTo("application/x-msdownload");
  }

  @Test
  void anImageNamedAsAPdf_isRefused_becauseAgentsOpenFilesByName() {
    assertThat(attachments.check(List.of(upload("contract.pdf", TestFiles.png(1)))))
        .singleElement().satisfies(problem -> {
          assertThat(problem.refusal()).isEqualTo(Refusal.NAME_LIES);
          assertThat(problem.detectedType()).isEqualTo("image/png");
        });
  }

  @Test
  void aSixthFile_anEmptyOne_andOneOverTenMegabytes_areRefused() {
    List<Upload> six = Collections.nCopies(6, upload("p.png", TestFiles.png(2)));
    assertThat(attachments.check(six)).extracting(FileProblem::refusal).containsExactly(Refusal.TOO_MANY);

    assertThat(attachments.check(List.of(upload("empty.png", new byte[0]), upload("big.png", TestFiles.largePng(11)))))
        .extracting(FileProblem::fileName, FileProblem::refusal)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("empty.png", Refusal.EMPTY),
            org.assertj.core.groups.Tuple.tuple("big.png", Refusal.TOO_LARGE));
    assertThat(attachments.check(List.of(upload("ten.png", TestFiles.largePng(10))))).isEmpty();
  }

  @Test
  void namesLoseTheirPath_controlAndInvisibleCharacters_andAreShortened_keepingTheExtension() {
    assertThat(Attachments.cleanName("C:\\Users\\jana\\Desktop\\receipt.pdf")).isEqualTo("receipt.pdf");
    assertThat(Attachments.cleanName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(Attachments.cleanName("photo\u202Egpj.exe")).isEqualTo("photogpj.exe");
    assertThat(Attachments.cleanName("bad\r\nname\u0000.png")).isEqualTo("badname.png");
    assertThat(Attachments.cleanName(".hidden")).isEqualTo("hidden");
    assertThat(Attachments.cleanName("  ")).isEqualTo("attachment");
    assertThat(Attachments.cleanName(null)).isEqualTo("attachment");
    String longName = Attachments.cleanName("a".repeat(300) + ".jpeg");
    assertThat(longName).hasSize(Attachments.MAX_NAME_LENGTH).endsWith("a.jpeg");
  }

  private static Upload upload(String name, byte[] content) {
    return new Upload(name, content.length, new ByteArrayResource(content));
  }
}
