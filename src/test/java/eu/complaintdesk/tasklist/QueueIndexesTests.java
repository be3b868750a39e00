package eu.complaintdesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import eu.complaintdesk.ComplaintDeskTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ComplaintDeskTest
class QueueIndexesTests {

  @Autowired
  DataSource dataSource;
  @Autowired
  QueueIndexes queueIndexes;

  @Test
  void theTaskListsOrderHasItsIndex_createdOnceHoweverOftenTheApplicationStarts() throws Exception {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    try (var connection = dataSource.getConnection()) {
      assumeThat(connection.getMetaData().getDatabaseProductName()).as("the index is for PostgreSQL")
          .isEqualTo("PostgreSQL");
    }

    // When the application starts again on the same database
    queueIndexes.create();

    // Then the index is there once, on priority (highest first) and due date, as Tasklist sorts
    var definitions = jdbc.queryForList("select indexdef from pg_indexes where indexname = ?", String.class,
        QueueIndexes.NAME);
    assertThat(definitions).hasSize(1);
    assertThat(definitions.get(0)).containsIgnoringCase("act_ru_task")
        .containsIgnoringCase("(priority_ DESC, due_date_)");
  }
}
