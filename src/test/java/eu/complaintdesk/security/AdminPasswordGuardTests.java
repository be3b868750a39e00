package eu.complaintdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AdminPasswordGuardTests {

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void aMissingPasswordIsRefused(String password) {
    assertThat(AdminPasswordGuard.problemWith("admin", password)).startsWith("ADMIN_PASSWORD is not set");
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo", "admin", "Camunda", "password", "changeme", "123456789012", "Password1234"})
  void wellKnownDefaultsAreRefused(String password) {
    assertThat(AdminPasswordGuard.problemWith("admin", password)).contains("well-known default");
  }

  @ParameterizedTest
  @CsvSource({"superuser-jane, Superuser-Jane", "administrator2026, ADMINISTRATOR2026"})
  void theUserNameIsRefused(String user, String password) {
    assertThat(AdminPasswordGuard.problemWith(user, password)).contains("user name");
  }

  @Test
  void aShortPasswordIsRefused() {
    assertThat(AdminPasswordGuard.problemWith("admin", "x7#Kp2")).contains("shorter than 12");
  }

  @Test
  void aStrongPasswordIsAccepted() {
    assertThat(AdminPasswordGuard.problemWith("admin", "correct-horse-battery-staple")).isNull();
  }
}
