package io.tradelane.admin;

import io.tradelane.backoffice.ApiAnswers;
import io.tradelane.exchange.Dispatch;
import io.tradelane.exchange.InboundFiles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An admin's replay of a file the hub rejected, once what made it reject the file is fixed (a
 * partner's profile, the hub's identity): {@code POST /console/api/files/{id}/replay} takes the
 * same stored bytes in again as a new file linked to the rejected one, and hands it to translation,
 * which judges and answers it like any arrival. Audited; 409 when something was taken in from the
 * file (an interchange accepted, wholly or in part, is never taken in twice: its orders would be
 * duplicates), or a replay of it is under way or was taken in.
 */
public final class FileActions {

  private final InboundFiles files;
  private final TransactionTemplate tx;
  private final String translationQueue;
  private final AuditLog audit;
  private final ApiAnswers answers;

  public FileActions(
      InboundFiles files,
      TransactionTemplate tx,
      String translationQueue,
      AuditLog audit,
      ApiAnswers answers) {
    this.files = files;
    this.tx = tx;
    this.translationQueue = translationQueue;
    this.audit = audit;
    this.answers = answers;
  }

  /**
   * @return the new file's translation (empty when refused); the file is RECEIVED once this
   *     returns, so a hub stopped before the hand-over still translates it at its next start
   */
  public List<Dispatch> replay(
      @Header("id") String id, @Header(ConsoleGate.USER) String user, Exchange exchange)
      throws Exception {
    long file;
    try {
      file = Long.parseLong(id);
    } catch (NumberFormatException e) {
      answers.answer(exchange, 404, Map.of("errors", List.of("no file " + id)));
      return List.of();
    }
    Optional<Long> replay;
    try {
      replay = tx.execute(status -> files.replay(file));
    } catch (EmptyResultDataAccessException e) {
      answers.answer(exchange, 404, Map.of("errors", List.of("no file " + id)));
      return List.of();
    }
    if (replay.isEmpty()) {
      answers.answer(
          exchange,
          409,
          Map.of(
              "errors",
              List.of(
                  "file "
                      + id
                      + " cannot be replayed: only a file from which nothing was taken in (no"
                      + " interchange found, or every one rejected) is, and only once it is"
                      + " read and not taken in again already")));
      return List.of();
    }
    audit.record(user, "file-replay", "file/" + file, "taken in again as file/" + replay.get());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("file", replay.get());
    answer.put("replayOf", file);
    answers.answer(exchange, 201, answer);
    return List.of(Dispatch.of(translationQueue, replay.get()));
  }
}
