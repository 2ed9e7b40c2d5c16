package io.tradelane.exchange;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database is the truth about what is done: at start, everything it shows as unfinished is
 * handed to its stage again (files not yet translated, accepted 850s without their order, documents
 * not yet delivered, orders not yet published to the back office, partners' acknowledgements not
 * yet reconciled). Every stage is idempotent, so work that was in fact still queued is only done
 * once; this closes any gap a crash leaves between a database commit and the broker's.
 */
public final class UnfinishedWork {

  /** The stage queues. */
  public record Queues(
      String inboundFiles, String orders, String outbound, String backoffice, String acks) {
    public List<String> all() {
      return List.of(inboundFiles, orders, outbound, backoffice, acks);
    }
  }

  private final JdbcTemplate jdbc;
  private final Queues queues;

  public UnfinishedWork(JdbcTemplate jdbc, Queues queues) {
    this.jdbc = jdbc;
    this.queues = queues;
  }

  /** Everything unfinished, as work for its stage. */
  public List<Dispatch> dispatches() {
    List<Dispatch> work = new ArrayList<>();
    add(work, queues.inboundFiles(), "select id from inbound_file where status = 'RECEIVED'");
    add(
        work,
        queues.orders(),
        "select id from inbound_document where status = 'ACCEPTED' and transaction_set = '850'");
    add(
        work,
        queues.acks(),
        "select id from inbound_document where status = 'ACCEPTED'"
            + " and transaction_set in ('997', '999')");
    add(work, queues.outbound(), "select id from outbound_document where status = 'PENDING'");
    add(work, queues.backoffice(), "select id from purchase_order where published_at is null");
    return work;
  }

  private void add(List<Dispatch> work, String queue, String sql) {
    jdbc.queryForList(sql + " order by id", Long.class)
        .forEach(id -> work.add(Dispatch.of(queue, id)));
  }
}
