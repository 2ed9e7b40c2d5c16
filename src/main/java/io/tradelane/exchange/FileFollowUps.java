package io.tradelane.exchange;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hands on what a translated file leaves to do (its 997/999/TA1 to deliver, its accepted 850s, the
 * partners' 997/999 to reconcile) in pages of at most {@code hub.hand-over.batch-size} items of one
 * kind. When a page is full, a {@link Cursor} naming the kind, the file and the last id handed on
 * goes to the hand-over queue with it, and the {@code x12-hand-over} stage takes the next page from
 * there, in its own broker transaction. So a broker transaction never holds more than a page,
 * whatever the size of the file.
 *
 * <p>The database is the truth: a page is read from what is still unfinished, so a redelivered
 * cursor hands on again only what no stage has finished since, and a page lost with a crash is read
 * again at the next start ({@link UnfinishedWork} hands every file with unfinished work on from its
 * first id). Only reads, no database transaction.
 */
public final class FileFollowUps {

  /** Where each kind of work goes, and where the cursors of unfinished files go. */
  public record Queues(
      String orders, String outbound, String acks, String handOver, String changes, String cpfr) {

    String of(Kind kind) {
      return switch (kind) {
        case OUTBOUND -> outbound;
        case ORDERS -> orders;
        case ACKS -> acks;
        case CHANGES -> changes;
        case CPFR -> cpfr;
      };
    }
  }

  /** A kind of follow-up work of a file, each for one next stage. */
  public enum Kind {
    /** the 997/999/TA1 answering the file's interchanges, still to deliver */
    OUTBOUND(
        "outbound_document", "source_id", "w.status = 'PENDING' and w.source_kind = 'INTERCHANGE'"),
    /** accepted 850s not yet made orders */
    ORDERS(
        "inbound_document",
        "interchange_id",
        "w.status = 'ACCEPTED' and w.transaction_set = '850'"),
    /** partners' 997/999 not yet reconciled */
    ACKS(
        "inbound_document",
        "interchange_id",
        "w.status = 'ACCEPTED' and w.transaction_set in ('997', '999')"),
    /** accepted 860s not yet applied to their orders */
    CHANGES(
        "inbound_document",
        "interchange_id",
        "w.status = 'ACCEPTED' and w.transaction_set = '860'"),
    /** accepted 830s and 852s not yet stored as forecast versions and activity reports */
    CPFR(
        "inbound_document",
        "interchange_id",
        "w.status = 'ACCEPTED' and w.transaction_set in ('830', '852')");

    /** From and where of the unfinished work of this kind: work row {@code w}, interchange i. */
    final String unfinished;

    /**
     * The next page of a file's work after an id. Ordered by status and id, so that the index on
     * both (V6) gives the order and the read stops at the limit; the file's interchanges are read
     * once per page.
     */
    final String page;

    Kind(String table, String interchange, String condition) {
      this.unfinished =
          "from "
              + table
              + " w join interchange i on i.id = w."
              + interchange
              + " where "
              + condition;
      this.page =
          "select w.id from "
              + table
              + " w where "
              + condition
              + " and w.id > ? and w."
              + interchange
              + " in (select i.id from interchange i where i.inbound_file_id = ?)"
              + " order by w.status, w.id limit ?";
    }
  }

  /** Where a file's hand-over of one kind stands: everything up to {@code after} is handed on. */
  public record Cursor(Kind kind, long fileId, long after) {

    /** Reads the text form, {@code <KIND> <file id> <after>}. */
    public static Cursor parse(String text) {
      String[] parts = text.trim().split(" ");
      if (parts.length != 3) {
        throw new IllegalArgumentException("not a hand-over cursor: " + text);
      }
      return new Cursor(Kind.valueOf(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]));
    }

    public String text() {
      return kind + " " + fileId + " " + after;
    }
  }

  private final JdbcTemplate jdbc;
  private final Queues queues;
  private final int batchSize;

  public FileFollowUps(JdbcTemplate jdbc, Queues queues, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("hub.hand-over.batch-size must be at least 1");
    }
    this.jdbc = jdbc;
    this.queues = queues;
    this.batchSize = batchSize;
  }

  /** The first page of every kind of a file's work (what translation hands on). */
  public List<Dispatch> first(long fileId) {
    List<Dispatch> next = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      next.addAll(page(new Cursor(kind, fileId, 0)));
    }
    return next;
  }

  /** The page after a cursor taken from the hand-over queue, and the next cursor if it is full. */
  public List<Dispatch> next(String cursor) {
    return page(Cursor.parse(cursor));
  }

  /** Where a file's work of one kind starts: for the hand-over queue. */
  public Dispatch start(Kind kind, long fileId) {
    return new Dispatch(queues.handOver(), new Cursor(kind, fileId, 0).text());
  }

  private List<Dispatch> page(Cursor cursor) {
    List<Long> ids =
        jdbc.queryForList(
            cursor.kind().page, Long.class, cursor.after(), cursor.fileId(), batchSize);
    List<Dispatch> next = new ArrayList<>(ids.size() + 1);
    String queue = queues.of(cursor.kind());
    ids.forEach(id -> next.add(Dispatch.of(queue, id)));
    if (ids.size() == batchSize) {
      Cursor more = new Cursor(cursor.kind(), cursor.fileId(), ids.get(ids.size() - 1));
      next.add(new Dispatch(queues.handOver(), more.text()));
    }
    return next;
  }
}
