package eu.complaintdesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** A subject's export as the officer unpacks it: the entries in order, by name, and its export.json. */
record Archive(Map<String, byte[]> entries) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The archive of a 200 answer that came as a download. */
  static Archive of(HttpResponse<byte[]> response) throws IOException {
    assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/zip");
    assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value)
        .startsWith("attachment;").contains("filename=\"personal-data-").endsWith(".zip\""));
    assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value)
        .contains("no-store"));
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        entries.put(entry.getName(), zip.readAllBytes());
      }
    }
    return new Archive(entries);
  }

  JsonNode json() throws IOException {
    assertThat(entries).containsKey("export.json");
    return JSON.readTree(entries.get("export.json"));
  }
}
