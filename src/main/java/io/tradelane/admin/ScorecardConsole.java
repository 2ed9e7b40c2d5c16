package io.tradelane.admin;

import io.tradelane.backoffice.ApiAnswers;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Header;

/**
 * The supplier scorecard for the console ({@link Scorecard}): {@code GET
 * /console/api/scorecard?from&to}, both dates inclusive: {@code to} by default today (the hub's),
 * {@code from} by default {@value #DAYS} days up to {@code to}; at most {@value #LONGEST} days at
 * once.
 */
public final class ScorecardConsole {

  /** Days scored when the request names no period. */
  static final int DAYS = 30;

  /** The longest period scored at once. */
  static final int LONGEST = 366;

  private final Scorecard scorecard;
  private final ApiAnswers answers;

  public ScorecardConsole(Scorecard scorecard, ApiAnswers answers) {
    this.scorecard = scorecard;
    this.answers = answers;
  }

  /**
   * {@code GET /console/api/scorecard?from&to}: every partner's scorecard; 400 naming bad dates.
   */
  public void scorecard(@Header("from") String from, @Header("to") String to, Exchange exchange)
      throws Exception {
    List<String> errors = new ArrayList<>();
    LocalDate since = ConsoleDates.parse(from, "from", errors);
    LocalDate until = ConsoleDates.parse(to, "to", errors);
    if (!errors.isEmpty()) {
      answers.answer(exchange, 400, Map.of("errors", errors));
      return;
    }
    if (until == null) {
      until = scorecard.today();
    }
    if (since == null) {
      since = until.minusDays(DAYS - 1);
    }
    if (since.isAfter(until)) {
      errors.add("from: " + since + " is after to: " + until);
    } else if (ChronoUnit.DAYS.between(since, until) >= LONGEST) {
      errors.add("from, to: " + since + " to " + until + " is longer than " + LONGEST + " days");
    }
    if (!errors.isEmpty()) {
      answers.answer(exchange, 400, Map.of("errors", errors));
      return;
    }
    answers.answer(exchange, 200, scorecard.between(since, until).json());
  }
}
