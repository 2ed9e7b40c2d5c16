package io.tradelane.runtime;

import java.sql.PreparedStatement;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Inserts a row into a table with an identity column {@code id} and returns the new id. */
public final class GeneratedKeys {

  private GeneratedKeys() {}

  public static long insert(JdbcTemplate jdbc, String sql, Object... args) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(
        connection -> {
          PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
          new ArgumentPreparedStatementSetter(args).setValues(statement);
          return statement;
        },
        keys);
    return keys.getKeyAs(Number.class).longValue();
  }
}
