package eu.complaintdesk.privacy;

import eu.complaintdesk.communication.CommunicationLog;
import eu.complaintdesk.inbox.InboxRetention;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Replaces a person's data with {@link PersonalData#PLACEHOLDER} wherever the desk stores it, for
 * the given process instances (their complaints, quarantined mails and recorded calls) and
 * references, in the caller's transaction: the engine's runtime and history variables, the earlier
 * values in its history detail, comments, task names and descriptions, attachments and their files,
 * the user operation log, incident and job failure messages, the decisions' inputs and outputs,
 * our communication log, the inbox's records and the copies in the mailbox's folders.
 *
 * <p>The engine has no API to change its history, so this is SQL on its tables (the same on H2 and
 * PostgreSQL); each row is read, changed in Java and written back by its id. Text variables are
 * replaced whole ({@link PersonalData}); elsewhere the person's identifying values (name, e-mail
 * address, phone, account, as recorded at any time, earlier values included) are replaced where
 * they occur, ignoring case. Inside stored bytes (a serialized variable, a stack trace) each
 * occurrence becomes as many {@code *} as it had bytes, so that a serialized value stays readable.
 * The statistical record stays: the process instances, their steps and dates, numbers, codes and
 * our reporting table, so the quality figures do not change.
 */
@Component
class PersonalDataEraser {

  private static final int IN_LIST = 500;

  private final JdbcTemplate jdbc;
  private final CommunicationLog communicationLog;
  private final ObjectProvider<InboxRetention> inbox;

  PersonalDataEraser(DataSource dataSource, CommunicationLog communicationLog, ObjectProvider<InboxRetention> inbox) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.communicationLog = communicationLog;
    this.inbox = inbox;
  }

  /** Erases; answers how many rows changed. */
  int erase(Collection<String> processInstanceIds, Collection<String> references) {
    List<String> ids = List.copyOf(processInstanceIds);
    Set<String> values = identifyingValues(ids);
    UnaryOperator<String> mask = masker(values);
    int changed = 0;
    changed += variables("ACT_HI_VARINST", "VAR_TYPE_", ids, values);
    changed += variables("ACT_HI_DETAIL", "VAR_TYPE_", ids, values);
    changed += variables("ACT_RU_VARIABLE", "TYPE_", ids, values);
    changed += comments(ids);
    changed += attachments(ids);
    for (String table : List.of("ACT_HI_TASKINST", "ACT_RU_TASK")) {
      changed += replaceAll(table, "NAME_", "PROC_INST_ID_", ids, mask);
      changed += replaceAll(table, "DESCRIPTION_", "PROC_INST_ID_", ids, mask);
    }
    changed += replaceAll("ACT_HI_OP_LOG", "ORG_VALUE_", "PROC_INST_ID_", ids, mask);
    changed += replaceAll("ACT_HI_OP_LOG", "NEW_VALUE_", "PROC_INST_ID_", ids, mask);
    changed += replaceAll("ACT_HI_INCIDENT", "INCIDENT_MSG_", "PROC_INST_ID_", ids, mask);
    changed += replaceAll("ACT_RU_INCIDENT", "INCIDENT_MSG_", "PROC_INST_ID_", ids, mask);
    changed += replaceAll("ACT_HI_JOB_LOG", "JOB_EXCEPTION_MSG_", "PROCESS_INSTANCE_ID_", ids, mask);
    changed += replaceAll("ACT_RU_JOB", "EXCEPTION_MSG_", "PROCESS_INSTANCE_ID_", ids, mask);
    changed += replaceAll("ACT_HI_PROCINST", "DELETE_REASON_", "PROC_INST_ID_", ids, mask);
    changed += maskBytes(referenced("SELECT JOB_EXCEPTION_STACK_ID_ FROM ACT_HI_JOB_LOG WHERE PROCESS_INSTANCE_ID_ IN",
        ids), values);
    changed += maskBytes(referenced("SELECT EXCEPTION_STACK_ID_ FROM ACT_RU_JOB WHERE PROCESS_INSTANCE_ID_ IN", ids),
        values);
    List<String> decisions = referenced("SELECT ID_ FROM ACT_HI_DECINST WHERE PROC_INST_ID_ IN", ids);
    for (String table : List.of("ACT_HI_DEC_IN", "ACT_HI_DEC_OUT")) {
      changed += replaceAll(table, "TEXT_", "DEC_INST_ID_", decisions, mask);
      changed += replaceAll(table, "TEXT2_", "DEC_INST_ID_", decisions, mask);
    }
    for (String reference : references) {
      changed += communicationLog.erase(reference, mask, PersonalData.PLACEHOLDER);
    }
    InboxRetention mailbox = inbox.getIfAvailable();
    if (mailbox != null) {
      changed += mailbox.erase(references, values, mask, PersonalData.PLACEHOLDER);
    }
    return changed;
  }

  /** The person's identifying values in these instances, now and earlier, longest first. */
  private Set<String> identifyingValues(List<String> ids) {
    Set<String> values = new LinkedHashSet<>();
    for (String table : List.of("ACT_HI_VARINST", "ACT_HI_DETAIL")) {
      for (List<String> chunk : chunks(ids)) {
        values.addAll(jdbc.queryForList("SELECT TEXT_ FROM " + table + " WHERE TEXT_ IS NOT NULL AND NAME_ IN ("
            + marks(PersonalData.IDENTIFYING.size()) + ") AND PROC_INST_ID_ IN (" + marks(chunk.size()) + ")",
            String.class, concat(List.copyOf(PersonalData.IDENTIFYING), chunk)));
      }
    }
    return values.stream().map(String::strip).filter(value -> value.length() >= 3)
        .sorted(Comparator.comparingInt(String::length).reversed()).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  static UnaryOperator<String> masker(Set<String> values) {
    if (values.isEmpty()) {
      return UnaryOperator.identity();
    }
    Pattern any = Pattern.compile(values.stream().map(Pattern::quote).collect(Collectors.joining("|")),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return text -> text == null ? null : any.matcher(text).replaceAll(Matcher.quoteReplacement(PersonalData.PLACEHOLDER));
  }

  /**
   * Text variables replaced whole; serialized ones (a decision's result, a JSON value) masked in
   * their bytes, so that they can still be read.
   */
  private int variables(String table, String typeColumn, List<String> ids, Set<String> values) {
    int changed = 0;
    for (List<String> chunk : chunks(ids)) {
      List<Object[]> rows = jdbc.query("SELECT ID_, NAME_, " + typeColumn + ", BYTEARRAY_ID_ FROM " + table
          + " WHERE PROC_INST_ID_ IN (" + marks(chunk.size()) + ")", (rs, n) -> new Object[] {rs.getString(1),
              rs.getString(2), rs.getString(3), rs.getString(4)}, chunk.toArray());
      List<String> texts = new ArrayList<>();
      List<String> bytes = new ArrayList<>();
      for (Object[] row : rows) {
        String name = (String) row[1];
        if (name == null || PersonalData.isKept(name)) {
          continue;
        }
        if ("string".equals(row[2]) || row[2] == null) { // null: a form property's value in the history detail
          texts.add((String) row[0]);
        } else if (row[3] != null) {
          bytes.add((String) row[3]);
        }
      }
      for (List<String> some : chunks(texts)) {
        changed += jdbc.update("UPDATE " + table + " SET TEXT_ = ?, TEXT2_ = NULL WHERE ID_ IN (" + marks(some.size())
            + ")", concat(List.of(PersonalData.PLACEHOLDER), some));
      }
      changed += maskBytes(bytes, values);
    }
    return changed;
  }

  /** Staff's comments are about the person: replaced whole. */
  private int comments(List<String> ids) {
    int changed = 0;
    for (List<String> chunk : chunks(ids)) {
      changed += jdbc.update("UPDATE ACT_HI_COMMENT SET MESSAGE_ = ?, FULL_MSG_ = ? WHERE PROC_INST_ID_ IN ("
          + marks(chunk.size()) + ")", concat(List.of(PersonalData.PLACEHOLDER, placeholderBytes()), chunk));
    }
    return changed;
  }

  /** The person's files: name, description and content replaced; the attachment itself stays. */
  private int attachments(List<String> ids) {
    int changed = replaceBytes(referenced("SELECT CONTENT_ID_ FROM ACT_HI_ATTACHMENT WHERE PROC_INST_ID_ IN", ids));
    for (List<String> chunk : chunks(ids)) {
      changed += jdbc.update("UPDATE ACT_HI_ATTACHMENT SET NAME_ = ?, DESCRIPTION_ = ?, URL_ = NULL, TYPE_ = ?"
          + " WHERE PROC_INST_ID_ IN (" + marks(chunk.size()) + ")",
          concat(List.of(PersonalData.PLACEHOLDER, PersonalData.PLACEHOLDER, "text/plain"), chunk));
    }
    return changed;
  }

  private int replaceAll(String table, String column, String where, List<String> ids, UnaryOperator<String> change) {
    int changed = 0;
    for (List<String> chunk : chunks(ids)) {
      List<String[]> rows = jdbc.query("SELECT ID_, " + column + " FROM " + table + " WHERE " + column
          + " IS NOT NULL AND " + where + " IN (" + marks(chunk.size()) + ")",
          (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, chunk.toArray());
      for (String[] row : rows) {
        String masked = change.apply(row[1]);
        if (!masked.equals(row[1])) {
          changed += jdbc.update("UPDATE " + table + " SET " + column + " = ? WHERE ID_ = ?", masked, row[0]);
        }
      }
    }
    return changed;
  }

  private int replaceBytes(List<String> byteArrayIds) {
    int changed = 0;
    for (List<String> chunk : chunks(byteArrayIds)) {
      changed += jdbc.update("UPDATE ACT_GE_BYTEARRAY SET BYTES_ = ? WHERE ID_ IN (" + marks(chunk.size()) + ")",
          concat(List.of(placeholderBytes()), chunk));
    }
    return changed;
  }

  private int maskBytes(List<String> byteArrayIds, Set<String> values) {
    int changed = 0;
    for (List<String> chunk : chunks(byteArrayIds)) {
      List<Object[]> rows = jdbc.query("SELECT ID_, BYTES_ FROM ACT_GE_BYTEARRAY WHERE ID_ IN (" + marks(chunk.size())
          + ")", (rs, n) -> new Object[] {rs.getString(1), rs.getBytes(2)}, chunk.toArray());
      for (Object[] row : rows) {
        byte[] bytes = (byte[]) row[1];
        if (bytes != null && maskIn(bytes, values)) {
          changed += jdbc.update("UPDATE ACT_GE_BYTEARRAY SET BYTES_ = ? WHERE ID_ = ?", bytes, row[0]);
        }
      }
    }
    return changed;
  }

  /** Overwrites every occurrence of a value (as written and in lower case) with as many '*'. */
  static boolean maskIn(byte[] bytes, Set<String> values) {
    boolean changed = false;
    for (String value : values) {
      for (String variant : new LinkedHashSet<>(List.of(value, value.toLowerCase(Locale.ROOT)))) {
        byte[] needle = variant.getBytes(StandardCharsets.UTF_8);
        for (int at = indexOf(bytes, needle, 0); at >= 0; at = indexOf(bytes, needle, at + needle.length)) {
          java.util.Arrays.fill(bytes, at, at + needle.length, (byte) '*');
          changed = true;
        }
      }
    }
    return changed;
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private List<String> referenced(String selectWhereIn, List<String> ids) {
    List<String> found = new ArrayList<>();
    for (List<String> chunk : chunks(ids)) {
      found.addAll(jdbc.queryForList(selectWhereIn + " (" + marks(chunk.size()) + ")", String.class, chunk.toArray())
          .stream().filter(id -> id != null).toList());
    }
    return found;
  }

  private static byte[] placeholderBytes() {
    return PersonalData.PLACEHOLDER.getBytes(StandardCharsets.UTF_8);
  }

  private static List<List<String>> chunks(List<String> all) {
    List<List<String>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += IN_LIST) {
      chunks.add(all.subList(from, Math.min(all.size(), from + IN_LIST)));
    }
    return chunks;
  }

  private static String marks(int count) {
    return String.join(",", java.util.Collections.nCopies(count, "?"));
  }

  private static Object[] concat(List<?> first, List<?> then) {
    List<Object> all = new ArrayList<>(first);
    all.addAll(then);
    return all.toArray();
  }
}
