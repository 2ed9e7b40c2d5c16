package io.tradelane.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.ack.FunctionalAckParser;
import io.tradelane.cpfr.ActivityMapper;
import io.tradelane.cpfr.ForecastMapper;
import io.tradelane.order.ChangeOrderMapper;
import io.tradelane.order.PurchaseOrderMapper;
import io.tradelane.partner.PartnerProfile;
import io.tradelane.x12.Delimiters;
import io.tradelane.x12.Segment;
import io.tradelane.x12.TransactionSet;
import java.util.List;
import java.util.Set;

/**
 * Stores accepted transaction sets as inbound documents for their business stage, with their text,
 * their place in the received file and, for the sets a stage reads (850 orders, 997/999
 * acknowledgements), what the stage reads of them. Sets are stored as they are read; those of an
 * interchange or group that turns out to be rejected are discarded again in the same transaction,
 * so none is ever acted on.
 *
 * <p>The CPFR stage streams an 852 of any length from the received file, so a long 852 is stored
 * with the text of its first {@link #SHOWN_SEGMENTS} segments only; any other set longer than the
 * reader keeps in memory fails, with why.
 */
final class AcceptedSets {

  /**
   * The sets a business stage takes on: 850 (orders), 860 (order changes), 830 and 852 (forecasts,
   * sales and stock), 997 and 999 (acknowledgements).
   */
  private static final Set<String> READ_FOR_A_STAGE =
      Set.of("850", "860", "830", "852", "997", "999");

  /** The sets whose stage streams them from the received file, whatever their length. */
  private static final Set<String> STREAMED = Set.of("852");

  /** How many segments of a set too long to keep are stored as its text, for the record. */
  static final int SHOWN_SEGMENTS = 100;

  private final InboundDocuments documents;
  private final HubEvents events;
  private final ObjectMapper json;
  private final PurchaseOrderMapper purchaseOrders = new PurchaseOrderMapper();
  private final ChangeOrderMapper changeOrders = new ChangeOrderMapper();
  private final ForecastMapper forecasts = new ForecastMapper();
  private final FunctionalAckParser functionalAcks = new FunctionalAckParser();

  AcceptedSets(InboundDocuments documents, HubEvents events, ObjectMapper json) {
    this.documents = documents;
    this.events = events;
    this.json = json;
  }

  /** Stores one accepted set of group {@code group}; returns its document id. */
  long store(
      PartnerProfile partner,
      long interchangeId,
      String group,
      TransactionSet set,
      Delimiters delimiters) {
    InboundDocuments.Status status = InboundDocuments.Status.STORED;
    String payload = null;
    String failure = null;
    if (!set.whole() && !STREAMED.contains(set.code())) {
      status = InboundDocuments.Status.FAILED;
      failure =
          "the "
              + set.code()
              + " has "
              + set.segmentCount()
              + " segments, longer than this hub reads of one set in memory"
              + " (hub.translate.kept-bytes); only 852s are streamed whatever their length";
    } else if (READ_FOR_A_STAGE.contains(set.code())) {
      try {
        payload = json.writeValueAsString(readout(set));
        status = InboundDocuments.Status.ACCEPTED;
      } catch (RuntimeException | JsonProcessingException e) {
        status = InboundDocuments.Status.FAILED;
        failure = "cannot read the " + set.code() + ": " + e.getMessage();
      }
    }
    long id =
        documents.insert(
            interchangeId,
            partner.id(),
            set.code(),
            group,
            set.controlNumber(),
            status,
            text(set, delimiters),
            payload,
            failure,
            set.place(),
            set.segmentCount());
    events.metrics().received(partner.id(), set.code(), status.name());
    if (failure != null) {
      events.record(
          HubEvents.Severity.ERROR,
          "document-failed",
          partner.id(),
          set.code() + " ST02 " + set.controlNumber(),
          failure);
    }
    return id;
  }

  /** Takes back documents stored for sets whose group or interchange was rejected after all. */
  void discard(List<Long> ids) {
    documents.discard(ids);
  }

  /**
   * What a business stage reads of a set: the order of an 850, the change of an 860, the report of
   * a 997/999.
   */
  private Object readout(TransactionSet set) {
    return switch (set.code()) {
      case "850" -> purchaseOrders.map(set.segments());
      case "860" -> changeOrders.map(set.segments());
      case "830" -> forecasts.map(set.segments());
      case "852" -> ActivityMapper.period(set.segments());
      default -> functionalAcks.parse(set.code(), set.segments());
    };
  }

  /**
   * The set's text, for the record: whole, but of a set its stage streams from the received file,
   * or one too long to keep, only the first {@link #SHOWN_SEGMENTS} segments and a note.
   */
  private static String text(TransactionSet set, Delimiters d) {
    boolean shownWhole =
        set.whole() && (!STREAMED.contains(set.code()) || set.segmentCount() <= SHOWN_SEGMENTS);
    List<Segment> segments =
        shownWhole
            ? set.segments()
            : set.segments().subList(0, Math.min(SHOWN_SEGMENTS, set.segments().size()));
    StringBuilder out = new StringBuilder();
    for (Segment s : segments) {
      out.append(s.tag());
      s.elements().forEach(e -> out.append(d.element()).append(e));
      out.append(d.segment()).append('\n');
    }
    if (!shownWhole) {
      out.append("... ")
          .append(set.segmentCount() - segments.size())
          .append(" more segments, kept in the received file\n");
    }
    return out.toString();
  }
}
