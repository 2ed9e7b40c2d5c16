package io.tradelane.admin;

import io.tradelane.backoffice.ApiAnswers;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Header;

/** The console's own JSON endpoints, behind the {@link ConsoleGate}. */
public final class ConsoleApi {

  private final ApiAnswers answers;

  public ConsoleApi(ApiAnswers answers) {
    this.answers = answers;
  }

  /** {@code GET /console/api/me}: who is signed in, with which role, and the CSRF token. */
  public void me(
      @Header(ConsoleGate.USER) String user,
      @Header(ConsoleGate.ROLE) String role,
      @Header(ConsoleGate.CSRF) String csrf,
      Exchange exchange)
      throws Exception {
    Map<String, Object> me = new LinkedHashMap<>();
    me.put("username", user);
    me.put("role", role);
    me.put("csrf", csrf);
    answers.answer(exchange, 200, me);
  }
}
