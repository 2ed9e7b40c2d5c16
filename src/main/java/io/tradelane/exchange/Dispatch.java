package io.tradelane.exchange;

/**
 * Work for a next stage: a message to put on a durable queue. The body is an id as text; the stage
 * that receives it loads the rest from the database.
 */
public record Dispatch(String queue, String body) {

  public static Dispatch of(String queue, long id) {
    return new Dispatch(queue, Long.toString(id));
  }
}
