package io.tradelane.admin;

/**
 * Which role a console request needs: reading needs {@code VIEWER}, except the users, which only
 * admins see; changing CPFR forecasts and exceptions (under {@code /console/api/cpfr/}) needs
 * {@code PLANNER}; any other change needs {@code ADMIN}.
 */
final class ConsoleAccess {

  private ConsoleAccess() {}

  static Role needed(String method, String path) {
    if (path.startsWith("/console/api/users")) {
      return Role.ADMIN;
    }
    if (method.equals("GET") || method.equals("HEAD")) {
      return Role.VIEWER;
    }
    return path.startsWith("/console/api/cpfr/") ? Role.PLANNER : Role.ADMIN;
  }
}
