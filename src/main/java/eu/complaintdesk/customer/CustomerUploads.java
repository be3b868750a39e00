package eu.complaintdesk.customer;

import eu.complaintdesk.complaint.Attachments.Upload;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files of a customer page's file field as {@link eu.complaintdesk.complaint.Attachments}
 * checks them. A browser sends an empty part without a name for a file field left empty: that is
 * no file. An empty part that has a name is a file, an empty one, and is refused as such.
 */
final class CustomerUploads {

  /** The name of the file field on every customer page that takes files. */
  static final String FIELD = "files";

  private CustomerUploads() {
  }

  static List<Upload> of(List<MultipartFile> files) {
    return files == null ? List.of() : files.stream()
        .filter(file -> !file.isEmpty() || (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()))
        .map(file -> new Upload(file.getOriginalFilename(), file.getSize(), file)).toList();
  }
}
