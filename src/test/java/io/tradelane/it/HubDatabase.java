package io.tradelane.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only queries on a stopped hub's database, for assertions after the fact. The hub must be
 * stopped: H2 in file mode admits one process at a time.
 */
public final class HubDatabase {

  private final String url;
  private final String user;
  private final String password;

  public HubDatabase(HubProcess hub) {
    if (hub.isAlive()) {
      throw new IllegalStateException("stop the hub before opening its database");
    }
    this.url = hub.jdbcUrl();
    this.user = hub.dbUser();
    this.password = hub.dbPassword();
  }

  /** Each row of a query as column name to value, in column order. */
  public List<Map<String, Object>> rows(String sql, Object... parameters) {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int c = 1; c <= columns; c++) {
            row.put(rs.getMetaData().getColumnLabel(c).toLowerCase(), rs.getObject(c));
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("query failed on " + url + ": " + sql, e);
    }
  }

  /** The first column of every row, as text. */
  public List<String> column(String sql, Object... parameters) {
    return rows(sql, parameters).stream()
        .map(row -> String.valueOf(row.values().iterator().next()))
        .toList();
  }

  /** A single number, e.g. a count. */
  public long number(String sql, Object... parameters) {
    return Long.parseLong(column(sql, parameters).get(0));
  }
}
