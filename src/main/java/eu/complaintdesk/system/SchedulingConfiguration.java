package eu.complaintdesk.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Spring's scheduler for our own periodic jobs (the housekeeping of the web side's tables). The
 * process's timers are the engine's job executor's, not this; our jobs here are idempotent
 * statements that every node of a cluster may run.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {
}
