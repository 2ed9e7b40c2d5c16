package io.tradelane.bench;

import io.tradelane.x12.GroupHeader;
import io.tradelane.x12.Interchange;
import io.tradelane.x12.InterchangeHandler;
import io.tradelane.x12.InterchangeHeader;
import io.tradelane.x12.InterchangeReader;
import io.tradelane.x12.TransactionSet;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;

/**
 * Reads one interchange of about 1 GB (850 sets, generated as they are read, never held whole)
 * through the streaming reader and prints the time, throughput and the peak heap. Run it with a
 * small heap to show that memory does not grow with the interchange: {@code bench/run-large.sh}.
 */
public final class LargeInterchangeReport {

  private LargeInterchangeReport() {}

  public static void main(String[] args) throws IOException {
    long targetBytes = (args.length > 0 ? Long.parseLong(args[0]) : 1024) * 1024 * 1024;
    GeneratedInterchange in = new GeneratedInterchange(targetBytes);
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long[] sets = {0};
    long start = System.nanoTime();
    new InterchangeReader()
        .read(
            in,
            new InterchangeHandler() {
              @Override
              public void set(InterchangeHeader isa, GroupHeader group, TransactionSet set) {
                sets[0] += set.accepted() ? 1 : 0;
              }

              @Override
              public void interchange(Interchange interchange) {
                if (!interchange.describeErrors().isEmpty()) {
                  throw new IllegalStateException(interchange.describeErrors().get(0));
                }
              }
            });
    double seconds = (System.nanoTime() - start) / 1e9;
    // what survives collections: the old generation's peak (young pools fill and empty by design)
    long peak =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.getName().matches(".*(Old|Tenured).*"))
            .mapToLong(p -> p.getPeakUsage().getUsed())
            .sum();
    System.out.printf(
        "one interchange: %.0f MB, %d sets accepted in %.1f s: %.1f MB/s, %.0f sets/s;"
            + " max heap %d MB, old generation peak %d MB%n",
        in.produced / 1e6,
        sets[0],
        seconds,
        in.produced / 1e6 / seconds,
        sets[0] / seconds,
        Runtime.getRuntime().maxMemory() >> 20,
        peak >> 20);
  }

  /** An interchange of 850 sets made up as the reader asks for bytes. */
  private static final class GeneratedInterchange extends InputStream {
    private final long target;
    private long produced;
    private int sets;
    private byte[] chunk = PurchaseOrderFiles.header(1).getBytes(StandardCharsets.US_ASCII);
    private int at;
    private boolean ended;

    GeneratedInterchange(long target) {
      this.target = target;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (at == chunk.length && !next()) {
        return -1;
      }
      int n = Math.min(len, chunk.length - at);
      System.arraycopy(chunk, at, b, off, n);
      at += n;
      produced += n;
      return n;
    }

    private boolean next() {
      if (ended) {
        return false;
      }
      StringBuilder out = new StringBuilder(64 * 1200);
      if (produced >= target) {
        out.append("GE*").append(sets).append("*1~\nIEA*1*000000001~\n");
        ended = true;
      } else {
        for (int i = 0; i < 64; i++) {
          PurchaseOrderFiles.set(out, ++sets);
        }
      }
      chunk = out.toString().getBytes(StandardCharsets.US_ASCII);
      at = 0;
      return true;
    }
  }
}
