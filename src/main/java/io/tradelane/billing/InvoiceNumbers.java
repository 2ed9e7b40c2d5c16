package io.tradelane.billing;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Invoice numbers: the prefix ({@code hub.invoice.prefix}) and the next value of a counter row,
 * eight digits, taken under the row's lock in the caller's transaction, so numbers are unique and
 * gap-free across threads, restarts and nodes (a rollback gives the number back).
 */
public final class InvoiceNumbers {

  private static final String COUNTER = "810";

  private final JdbcTemplate jdbc;
  private final String prefix;

  public InvoiceNumbers(JdbcTemplate jdbc, String prefix) {
    if (!prefix.matches("[A-Z0-9-]{0,12}")) {
      throw new IllegalStateException(
          "hub.invoice.prefix must be up to 12 capital letters, digits or dashes, not '"
              + prefix
              + "'");
    }
    this.jdbc = jdbc;
    this.prefix = prefix;
    jdbc.update(
        "insert into invoice_counter (name, last_value) select ?, 0 where not exists"
            + " (select 1 from invoice_counter where name = ?)",
        COUNTER,
        COUNTER);
  }

  /** The next invoice number; must run inside a transaction. */
  public String next() {
    long last =
        jdbc.queryForObject(
            "select last_value from invoice_counter where name = ? for update",
            Long.class,
            COUNTER);
    jdbc.update("update invoice_counter set last_value = ? where name = ?", last + 1, COUNTER);
    return prefix + String.format("%08d", last + 1);
  }
}
