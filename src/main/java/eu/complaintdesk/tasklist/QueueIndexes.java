package eu.complaintdesk.tasklist;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The index PostgreSQL needs beyond the engine's schema for the task lists' order (priority, then
 * due date: {@link TasklistFilters}), created at start when missing, on PostgreSQL only (the
 * embedded H2 run holds a handful of complaints). Without it the engine's query of a
 * non-administrator joins every visible task with its authorizations and sorts them all before it
 * returns the first 15; with it the planner reads the tasks in that order and stops after 15
 * (BENCHMARKS.md, "Agents' queue").
 */
@Component
class QueueIndexes {

  static final String NAME = "cd_idx_task_priority_due";

  private static final Logger LOG = LoggerFactory.getLogger(QueueIndexes.class);

  private final JdbcTemplate jdbc;
  private final boolean postgres;

  QueueIndexes(DataSource dataSource) throws SQLException {
    this.jdbc = new JdbcTemplate(dataSource);
    try (var connection = dataSource.getConnection()) {
      this.postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }
  }

  /** After the engine has created or updated its schema. */
  @EventListener(ApplicationStartedEvent.class)
  void create() {
    if (!postgres) {
      return;
    }
    try {
      jdbc.execute("create index if not exists " + NAME + " on act_ru_task (priority_ desc, due_date_ asc)");
    } catch (DataAccessException e) {
      // Another node of the cluster creating it at the same moment: it exists then.
      LOG.warn("Could not create index {}: {}", NAME, e.getMessage());
    }
  }

  /** Only for the benchmark's figures without it. */
  void drop() {
    jdbc.execute("drop index if exists " + NAME);
  }
}
