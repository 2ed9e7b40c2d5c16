package io.tradelane.bench;

import io.tradelane.x12.Interchange;
import io.tradelane.x12.InterchangeReader;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Read + validate of the same generated 850 files by the hub's reader and by StAEDI's validating
 * reader (its control schema on, our 850 definition as its transaction schema, loaded once). One
 * operation reads the whole file; {@link ReadValidateReport} turns the times into MB/s and sets/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReadValidateBenchmark {

  /** How many transaction sets each file holds. */
  public static final int SETS = 10_000;

  @Param({"one-interchange", "many-interchanges"})
  public String file;

  private byte[] bytes;
  private Schema schema;
  private final EDIInputFactory staedi = EDIInputFactory.newFactory();

  @Setup
  public void setUp() throws Exception {
    bytes = data(file);
    try (InputStream xml =
        getClass().getClassLoader().getResourceAsStream("x12/schemas/850-004010.xml")) {
      schema = SchemaFactory.newFactory().createSchema(xml);
    }
  }

  static byte[] data(String file) {
    return file.equals("one-interchange")
        ? PurchaseOrderFiles.oneInterchange(SETS)
        : PurchaseOrderFiles.manyInterchanges(SETS);
  }

  /** A run takes a fraction of a second: many warm-ups get the JIT to its final code. */
  @Benchmark
  @Warmup(iterations = 20)
  @Measurement(iterations = 20)
  public long tradelane() throws Exception {
    long[] accepted = {0};
    new InterchangeReader()
        .read(
            new ByteArrayInputStream(bytes),
            (Interchange i) -> accepted[0] += i.acceptedSets().size());
    if (accepted[0] != SETS) {
      throw new IllegalStateException("accepted " + accepted[0] + " of " + SETS + " sets");
    }
    return accepted[0];
  }

  /** A run takes about 30 s, warm after the first. */
  @Benchmark
  @Warmup(iterations = 2)
  @Measurement(iterations = 5)
  public long staedi(Blackhole hole) throws Exception {
    long sets = 0;
    long errors = 0;
    try (EDIStreamReader reader =
        staedi.createEDIStreamReader(new ByteArrayInputStream(bytes), "US-ASCII")) {
      while (reader.hasNext()) {
        EDIStreamEvent event = reader.next();
        switch (event) {
          case START_TRANSACTION -> {
            reader.setTransactionSchema(schema);
            sets++;
          }
          case ELEMENT_DATA -> hole.consume(reader.getText());
          case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> errors++;
          default -> {}
        }
      }
    }
    if (sets != SETS || errors != 0) {
      throw new IllegalStateException("StAEDI read " + sets + " sets with " + errors + " errors");
    }
    return sets;
  }
}
