package eu.complaintdesk.complaint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;

/**
 * The files a customer sends with a complaint or an answer (the link pages, the web form, the
 * inbox): the one check of what we accept, and the one store, as engine attachments of the
 * complaint's process instance, where agents see them from every task.
 *
 * <p>A file is recognised by its content, with Apache Tika's detector (the magic bytes of every
 * common format), never by its name or the type the browser declares: both are whatever the sender
 * says. A name that claims another type than the content has ({@code invoice.pdf} that is text, a
 * program called {@code photo.jpg}) is refused too, because an agent would open it by its name.
 */
@Component
public class Attachments {

  public static final int MAX_FILES = 5;
  public static final long MAX_BYTES = 10L * 1024 * 1024;
  public static final int MAX_NAME_LENGTH = 100;
  /** Images and PDF, as Tika names them; HEIC and HEIF are what phones take photos in. */
  static final Set<String> ACCEPTED = Set.of("image/jpeg", "image/png", "image/gif", "image/webp", "image/heic",
      "image/heif", "application/pdf");

  /** One file as it came: the name the sender gave, its size, and its content (read twice). */
  public record Upload(String name, long size, InputStreamSource content) {
  }

  /** Why a file (or the set of files) is refused. */
  public enum Refusal {
    TOO_MANY, EMPTY, TOO_LARGE, NOT_ACCEPTED, NAME_LIES
  }

  /**
   * One refused file: its cleaned name (null for {@link Refusal#TOO_MANY}), why, and the type its
   * content has. Pages show it in the customer's language; {@link #problem()} is the sentence for
   * logs and the APIs.
   */
  public record FileProblem(String fileName, Refusal refusal, String detectedType) {

    public Problem problem() {
      return new Problem(fileName == null ? "attachments" : fileName, switch (refusal) {
        case TOO_MANY -> "are more than " + MAX_FILES + " files";
        case EMPTY -> "is empty";
        case TOO_LARGE -> "is larger than " + MAX_BYTES / (1024 * 1024) + " MB";
        case NOT_ACCEPTED -> "is " + detectedType + ", not an image (JPEG, PNG, GIF, WebP, HEIC) or a PDF";
        case NAME_LIES -> "is named as another type than its content, " + detectedType;
      });
    }
  }

  private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

  private final RuntimeService runtimeService;
  private final TaskService taskService;

  Attachments(RuntimeService runtimeService, TaskService taskService) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
  }

  /** Everything wrong with these files, one problem per file at most; empty when all may be stored. */
  public List<FileProblem> check(List<Upload> files) {
    List<FileProblem> problems = new ArrayList<>();
    if (files.size() > MAX_FILES) {
      problems.add(new FileProblem(null, Refusal.TOO_MANY, null));
    }
    for (Upload file : files) {
      String name = cleanName(file.name());
      if (file.size() == 0) {
        problems.add(new FileProblem(name, Refusal.EMPTY, null));
      } else if (file.size() > MAX_BYTES) {
        problems.add(new FileProblem(name, Refusal.TOO_LARGE, null));
      } else {
        String detected = detect(file);
        if (!ACCEPTED.contains(detected)) {
          problems.add(new FileProblem(name, Refusal.NOT_ACCEPTED, detected));
        } else if (!nameFits(name, detected)) {
          problems.add(new FileProblem(name, Refusal.NAME_LIES, detected));
        }
      }
    }
    return problems;
  }

  /**
   * Stores the files with the complaint {@code reference}, in the caller's transaction (a refused
   * answer rolls them back), each under its cleaned name and the type of its content.
   *
   * @return the ids of the engine attachments
   * @throws IllegalArgumentException when {@link #check} refuses the files: check first, and show
   *                                  the sender why
   * @throws IllegalStateException    when no running complaint has the reference
   */
  public List<String> store(String reference, List<Upload> files, String description) {
    List<FileProblem> problems = check(files);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Refused attachments: " + problems.stream().map(FileProblem::problem).toList());
    }
    ProcessInstance complaint = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .active().singleResult();
    if (complaint == null) {
      throw new IllegalStateException("No running complaint " + reference + " to attach files to");
    }
    List<String> ids = new ArrayList<>();
    for (Upload file : files) {
      try (InputStream content = file.content().getInputStream()) {
        ids.add(taskService.createAttachment(detect(file), null, complaint.getId(), cleanName(file.name()),
            description, content).getId());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the attachment " + cleanName(file.name()), e);
      }
    }
    return ids;
  }

  /**
   * The name to store and show: without a path (browsers on Windows send {@code C:\...}), control
   * and invisible formatting characters (a right-to-left mark can make {@code exe.jpg} look like
   * {@code gpj.exe}), leading dots, and at most {@link #MAX_NAME_LENGTH} characters, keeping the
   * extension; {@code attachment} when nothing is left.
   */
  public static String cleanName(String name) {
    String cleaned = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    cleaned = Normalizer.normalize(cleaned, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\\p{Cf}]", "")
        .replaceAll("\\s+", " ").strip().replaceFirst("^\\.+", "").strip();
    if (cleaned.isEmpty()) {
      return "attachment";
    }
    if (cleaned.codePointCount(0, cleaned.length()) > MAX_NAME_LENGTH) {
      int dot = cleaned.lastIndexOf('.');
      String extension = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
      String base = cleaned.substring(0, cleaned.length() - extension.length());
      int keep = MAX_NAME_LENGTH - extension.length();
      cleaned = base.substring(0, base.offsetByCodePoints(0, keep)).strip() + extension;
    }
    return cleaned;
  }

  /** The type of the content alone: no name and no declared type are given to the detector. */
  private static String detect(Upload file) {
    try (InputStream content = file.content().getInputStream(); TikaInputStream stream = TikaInputStream.get(content)) {
      return TYPES.detect(stream, new Metadata()).getBaseType().toString();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the attachment " + cleanName(file.name()), e);
    }
  }

  /** A name without a known extension says nothing; one with an extension must name the content's type. */
  private static boolean nameFits(String name, String detected) {
    MediaType named = TYPES.getMimeType(name).getType();
    if (named.equals(MediaType.OCTET_STREAM)) {
      return true;
    }
    MediaType content = MediaType.parse(detected);
    return TYPES.getMediaTypeRegistry().isInstanceOf(content, named)
        || TYPES.getMediaTypeRegistry().isInstanceOf(named, content);
  }
}
