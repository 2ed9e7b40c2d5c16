package io.tradelane.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database is the truth about what is done: at start, everything it shows as unfinished is
 * handed to its stage again (files not yet translated, accepted 850s without their order, documents
 * not yet delivered, orders not yet published to the back office, partners' acknowledgements not
 * yet reconciled). Every stage is idempotent, so work that was in fact still queued is only done
 * once; this closes any gap a crash leaves between a database commit and the broker's.
 *
 * <p>What a translated file leaves to do goes on as it does after translation: one hand-over cursor
 * per file and kind, from which {@link FileFollowUps} pages. Everything is read and handed on in
 * pages, so a restart after a crash in the middle of a huge file holds one page at a time.
 */
public final class UnfinishedWork {

  /** The stage queues. */
  public record Queues(
      String inboundFiles,
      String orders,
      String outbound,
      String backoffice,
      String acks,
      String handOver,
      String invoices,
      String orderChanges,
      String cpfr) {
    public List<String> all() {
      return List.of(
          inboundFiles, orders, outbound, backoffice, acks, handOver, invoices, orderChanges, cpfr);
    }
  }

  private final JdbcTemplate jdbc;
  private final Queues queues;
  private final FileFollowUps files;

  public UnfinishedWork(JdbcTemplate jdbc, Queues queues, FileFollowUps files) {
    this.jdbc = jdbc;
    this.queues = queues;
    this.files = files;
  }

  /** Hands everything unfinished, as work for its stage, to {@code pages}, a page at a time. */
  public void forEachPage(int pageSize, Consumer<List<Dispatch>> pages) {
    Pager pager = new Pager(pageSize, pages);
    pager.keys(
        "id",
        "from inbound_file where status = 'RECEIVED'",
        id -> Dispatch.of(queues.inboundFiles(), id));
    for (FileFollowUps.Kind kind : FileFollowUps.Kind.values()) {
      pager.keys("i.inbound_file_id", kind.unfinished, file -> files.start(kind, file));
    }
    pager.keys(
        "id",
        "from outbound_document where status = 'PENDING' and source_kind <> 'INTERCHANGE'",
        id -> Dispatch.of(queues.outbound(), id));
    pager.keys(
        "id",
        "from purchase_order where published_at is null",
        id -> Dispatch.of(queues.backoffice(), id));
    // shipments with goods not yet invoiced (invoicing does nothing twice, and waits for orders
    // invoiced as a whole)
    pager.keys(
        "p.shipment_id",
        "from shipment_package p join order_line l on l.order_id = p.order_id"
            + " where l.shipped > l.invoiced",
        id -> Dispatch.of(queues.invoices(), id));
    pager.flush();
  }

  /** Reads keys in pages (keyset: key {@code > last}) and hands on full pages of work. */
  private final class Pager {
    private final int size;
    private final Consumer<List<Dispatch>> pages;
    private List<Dispatch> page = new ArrayList<>();

    Pager(int size, Consumer<List<Dispatch>> pages) {
      this.size = size;
      this.pages = pages;
    }

    /** {@code from} is a from clause with a where clause; {@code key} a column it reaches. */
    void keys(String key, String from, LongFunction<Dispatch> work) {
      String sql =
          "select distinct " + key + " " + from + " and " + key + " > ? order by 1 limit ?";
      long last = 0;
      List<Long> keys;
      do {
        keys = jdbc.queryForList(sql, Long.class, last, size);
        for (long k : keys) {
          page.add(work.apply(k));
          if (page.size() == size) {
            flush();
          }
        }
        last = keys.isEmpty() ? last : keys.get(keys.size() - 1);
      } while (keys.size() == size);
    }

    void flush() {
      if (!page.isEmpty()) {
        pages.accept(page);
        page = new ArrayList<>();
      }
    }
  }
}
