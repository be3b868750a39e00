package eu.complaintdesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import eu.complaintdesk.ComplaintDeskTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ComplaintDeskTest
class TasklistFiltersTests {

  @Autowired
  FilterService filterService;
  @Autowired
  TasklistFilters tasklistFilters;

  @Test
  void tasklistOffersFiltersSortedByUrgency_showingWhoseComplaintItIs() {
    assertThat(filterService.createFilterQuery().list())
        .extracting("name")
        .contains("My tasks", "My group tasks", "All open tasks");
    @SuppressWarnings("unchecked")
    var columns = (List<Map<String, String>>) filterService.createFilterQuery()
        .filterName("My group tasks").singleResult().getProperties().get("variables");
    assertThat(columns).extracting(column -> column.get("name"))
        .containsExactly("complaintReference", "customerName", "severity");
  }

  @Test
  void filtersCreatedAgainAreNotDuplicated() {
    long filters = filterService.createFilterQuery().count();

    tasklistFilters.createFilters();

    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
  }
}
