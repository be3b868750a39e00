package eu.complaintdesk.quality;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * The query parameters every quality endpoint takes, as they arrive (text): {@link QualityFilter}
 * reads them, so that a malformed day is a 400 that names the parameter, not a binding error.
 */
record QualityParameters(
    @Parameter(description = "First day of the period (yyyy-MM-dd, the desk's time zone, inclusive); "
        + "default: 29 days before to") String from,
    @Parameter(description = "Last day of the period (yyyy-MM-dd, inclusive); default: today") String to,
    @Parameter(description = "Complaint type (e.g. product); an unknown value matches nothing") String type,
    @Parameter(description = "Channel (web, email, phone, api, ...)") String channel,
    @Parameter(description = "Severity (low, medium, high, ...)") String severity,
    @Parameter(description = "Team (a group of type team)") String team,
    @Parameter(description = "Agent (user id) who handled the complaint") String agent) {
}
