package eu.complaintdesk.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.complaintdesk.complaint.Attachments;
import eu.complaintdesk.privacy.SubjectExport.ArchivedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Attachment;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;

/**
 * Writes a subject's export as one ZIP archive straight onto the response: first each complaint's
 * files under {@code complaints/<reference>/files/}, copied from the engine's attachment content a
 * buffer at a time, then {@code export.json}, written complaint by complaint. So the memory it
 * takes is one complaint's data, whatever the files weigh and however many complaints there are.
 * The JSON comes last because it lists each file with its size and SHA-256, known once copied.
 */
@Component
class ExportArchive {

  static final String JSON_ENTRY = "export.json";

  private final SubjectExport export;
  private final TaskService taskService;
  private final ObjectMapper json;

  ExportArchive(SubjectExport export, TaskService taskService, ObjectMapper json) {
    this.export = export;
    this.taskService = taskService;
    this.json = json;
  }

  void write(ExportRequest request, String officer, Instant at, List<HistoricProcessInstance> complaints,
      OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    Map<String, List<ArchivedFile>> files = new LinkedHashMap<>();
    for (HistoricProcessInstance complaint : complaints) {
      files.put(complaint.getId(), files(complaint, zip));
    }
    zip.putNextEntry(new ZipEntry(JSON_ENTRY));
    try (JsonGenerator generator = json.getFactory().createGenerator(StreamUtils.nonClosing(zip))) {
      generator.useDefaultPrettyPrinter();
      generator.writeStartObject();
      generator.writeStringField("requestedBy", officer);
      generator.writeStringField("requestedAt", at.toString());
      generator.writeObjectField("request", request.asMap());
      generator.writeArrayFieldStart("complaints");
      for (HistoricProcessInstance complaint : complaints) {
        generator.writeObject(export.of(complaint, files.get(complaint.getId())));
      }
      generator.writeEndArray();
      generator.writeEndObject();
    }
    zip.closeEntry();
    zip.finish();
  }

  private List<ArchivedFile> files(HistoricProcessInstance complaint, ZipOutputStream zip) throws IOException {
    // Cleaned as the customer pages clean a file's name: no folders, no leading dots, no control characters.
    String folder = "complaints/" + Attachments.cleanName(complaint.getBusinessKey()) + "/files/";
    Set<String> taken = new HashSet<>();
    List<ArchivedFile> archived = new ArrayList<>();
    for (Attachment attachment : taskService.getProcessInstanceAttachments(complaint.getId())) {
      String path = folder + unique(Attachments.cleanName(attachment.getName()), taken);
      MessageDigest sha256 = sha256();
      long size;
      zip.putNextEntry(new ZipEntry(path));
      try (InputStream content = taskService.getAttachmentContent(attachment.getId())) {
        size = content == null ? 0 : new DigestInputStream(content, sha256).transferTo(zip);
      }
      zip.closeEntry();
      archived.add(new ArchivedFile(path, attachment.getName(), attachment.getDescription(), attachment.getType(),
          attachment.getCreateTime(), size, HexFormat.of().formatHex(sha256.digest())));
    }
    return archived;
  }

  /** The name, or {@code name (2).ext} and so on when a file of that name is in the folder already. */
  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String extension = dot > 0 ? name.substring(dot) : "";
    for (int n = 2; !taken.add(candidate.toLowerCase()); n++) {
      candidate = stem + " (" + n + ")" + extension;
    }
    return candidate;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }
}
