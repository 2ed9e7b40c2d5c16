package io.tradelane.bench;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generates one ACME 852 interchange (004010) reporting a week of sales and stock of many stores
 * and items, as retailers send them: each item with its retail price (CTP) and four activities,
 * units sold (QA) and on hand (QS), which the hub takes, and on order (QP) and received (QR), which
 * it skips. Every quantity is a function of store, item and activity ({@link #quantity}), so a
 * reader can check each one. Items are {@code TL-2001} on, named by ACME's item number, their UPC
 * and our SKU, which {@link #addItems} puts in the hub's catalog.
 */
public final class ActivityFiles {

  /** How the stores are laid out. */
  public enum Layout {
    /** one transaction set per store, the store in the header's N1 (the common layout) */
    STORES,
    /** one transaction set for all stores, each ZA's quantities in SDQs of ten stores each */
    SDQ
  }

  private static final String[] ACTIVITIES = {"QA", "QS", "QP", "QR"};

  private ActivityFiles() {}

  /** Writes the interchange; returns how many transaction sets it holds. */
  public static int write(Path file, Layout layout, int stores, int items) throws IOException {
    int sets = layout == Layout.STORES ? stores : 1;
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      out.write(
          "ISA*00*          *00*          *ZZ*ACMERETAIL     *ZZ*TRADELANEDEMO  *261123*0800*U"
              + "*00401*000000852*0*P*>~\n"
              + "GS*PD*ACMERETAIL*TRADELANEDEMO*20261123*0800*852*X*004010~\n");
      if (layout == Layout.STORES) {
        for (int store = 0; store < stores; store++) {
          storeSet(out, store, items);
        }
      } else {
        sdqSet(out, stores, items);
      }
      out.write("GE*" + sets + "*852~\nIEA*1*000000852~\n");
    }
    return sets;
  }

  /** The quantity of an activity of an item at a store. */
  public static int quantity(int store, int item, String activity) {
    return switch (activity) {
      case "QA" -> (store * 7 + item * 3) % 23;
      case "QS" -> (store * 5 + item * 11) % 41;
      case "QP" -> (store + item) % 48;
      default -> (store * 3 + item) % 12;
    };
  }

  /** A store's location id, as the partner names it. */
  public static String store(int store) {
    return String.format("%05d", store + 1);
  }

  /** Our SKU of an item. */
  public static String sku(int item) {
    return "TL-" + (2001 + item);
  }

  /** Puts the generated items in the catalog of a running hub. */
  public static void addItems(JdbcTemplate jdbc, int items) {
    for (int item = 0; item < items; item++) {
      jdbc.update(
          "insert into item (sku, description, upc, unit) values (?, ?, ?, 'EA')",
          sku(item),
          "Generated item " + (item + 1),
          upc(item));
      jdbc.update(
          "insert into price (sku, unit_price, currency) values (?, ?, 'USD')",
          sku(item),
          price(item));
      jdbc.update(
          "insert into partner_item (partner_id, buyer_item, sku) values ('acme', ?, ?)",
          buyerItem(item),
          sku(item));
    }
  }

  /** ACME's item number of an item. */
  private static String buyerItem(int item) {
    return "A-7" + String.format("%04d", item);
  }

  private static void storeSet(Writer out, int store, int items) throws IOException {
    String control = String.format("%04d", store + 1);
    out.write("ST*852*" + control + "~\nXQ*H*20261116*20261122~\n");
    out.write("N1*RL*STORE " + store(store) + "*92*" + store(store) + "~\n");
    for (int item = 0; item < items; item++) {
      lin(out, item);
      for (String activity : ACTIVITIES) {
        out.write("ZA*" + activity + "*" + quantity(store, item, activity) + "*EA~\n");
      }
    }
    out.write("CTT*" + items + "~\nSE*" + (5 + items * 6) + "*" + control + "~\n");
  }

  private static void sdqSet(Writer out, int stores, int items) throws IOException {
    out.write("ST*852*0001~\nXQ*H*20261116*20261122~\nN1*RL*ACME STORES*92*ACME~\n");
    int sdqs = (stores + 9) / 10;
    for (int item = 0; item < items; item++) {
      lin(out, item);
      for (String activity : ACTIVITIES) {
        out.write("ZA*" + activity + "~\n");
        for (int first = 0; first < stores; first += 10) {
          StringBuilder sdq = new StringBuilder("SDQ*EA*92");
          for (int store = first; store < Math.min(first + 10, stores); store++) {
            sdq.append('*')
                .append(store(store))
                .append('*')
                .append(quantity(store, item, activity));
          }
          out.write(sdq.append("~\n").toString());
        }
      }
    }
    long segments = 5 + (long) items * (2 + ACTIVITIES.length * (1 + sdqs));
    out.write("CTT*" + items + "~\nSE*" + segments + "*0001~\n");
  }

  private static void lin(Writer out, int item) throws IOException {
    out.write("LIN**IN*" + buyerItem(item) + "*UP*" + upc(item) + "*VN*" + sku(item) + "~\n");
    out.write("CTP*RS*RES*" + price(item) + "~\n");
  }

  private static BigDecimal price(int item) {
    return BigDecimal.valueOf(499 + item * 7L % 4000, 2);
  }

  /** A UPC-A of the generated items: 7-digit company 6141412, 4-digit item, check digit. */
  private static String upc(int item) {
    String digits = "6141412" + String.format("%04d", item);
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 3 : 1);
    }
    return digits + (10 - sum % 10) % 10;
  }
}
