package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradelane.admin.ConsoleUsers;
import io.tradelane.admin.Role;
import io.tradelane.runtime.InJvmHub;
import io.tradelane.x12.SegmentText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser (headless Chromium), against the whole hub. ACME's PO 4500012345
 * comes in and is answered, shipped and invoiced; ACME's 852 and 830 open a CPFR exception (TL-1002
 * at store 042, week of 2026-11-30: ACME forecasts 45, we forecast 7); BigBox's PO comes in while
 * BigBox's mailbox cannot be written, so its TA1, 999 and 855 fail delivery. Then an admin, a
 * planner and a viewer each sign in and do what their role allows, and are refused what it does
 * not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

  private static final Clock FRIDAY =
      Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
  private static final String PO = "4500012345";
  private static final String ADMIN_PASSWORD = "first admin's password";

  @TempDir Path profile;

  private int port;
  private InJvmHub hub;
  private long failed855;
  private long exception;
  private long rejectedFile;

  @BeforeAll
  void a_hub_with_orders_a_cpfr_exception_and_failed_deliveries() throws Exception {
    port = HubApi.freePort();
    hub =
        InJvmHub.start(
            "console-browser",
            FRIDAY,
            Map.of(
                "hub.http.port",
                Integer.toString(port),
                "hub.console.admin-password",
                ADMIN_PASSWORD,
                "hub.outbound.retry.max-attempts",
                "1"));
    ConsoleUsers users = new ConsoleUsers(hub.jdbc(), FRIDAY);
    users.add("paula", "planner's password", Role.PLANNER, "test");
    users.add("victor", "viewer's password", Role.VIEWER, "test");
    SampleFlowTest.sendSample(hub, "acme", "850/acme-single-po.edi", 1);
    SampleFlowTest.sendSample(hub, "acme", "852/acme-activity.edi", 2);
    SampleFlowTest.sendSample(hub, "acme", "830/acme-forecast.edi", 3);
    HubApi api = new HubApi(hub, port);
    assertThat(api.post("/api/cpfr/acme/baseline", "").statusCode()).isEqualTo(201);
    assertThat(api.post("/api/cpfr/acme/exceptions/run", "").statusCode()).isEqualTo(200);
    exception =
        hub.jdbc()
            .queryForObject(
                "select id from cpfr_exception where sku = 'TL-1002' and location = '042'",
                Long.class);
    assertThat(
            api.post(
                    "/api/shipments",
                    "{\"shipmentId\": \"SH-9001\", \"shipDate\": \"2026-11-26T08:30\", \"carrier\":"
                        + " \"UPSN\", \"weight\": 9.5, \"weightUnit\": \"LB\", \"orders\":"
                        + " [{\"partner\": \"acme\", \"poNumber\": \""
                        + PO
                        + "\", \"cartons\": [{\"carton\": \"C1\", \"lines\": [{\"line\": 1,"
                        + " \"quantity\": 10}]}]}]}")
                .statusCode())
        .isEqualTo(201);
    await("the 856 and 810 delivered")
        .atMost(Duration.ofSeconds(60))
        .until(() -> count("doc_type in ('856', '810') and status = 'DELIVERED'") == 2);

    // BigBox's mailbox cannot take files: a plain file stands where its out folder should be
    Path outbox = hub.outbox("bigbox");
    Files.createDirectories(outbox.getParent());
    if (Files.isDirectory(outbox)) {
      try (var files = Files.list(outbox)) {
        assertThat(files).isEmpty();
      }
      Files.delete(outbox);
    }
    Files.writeString(outbox, "not a folder");
    SampleFlowTest.sendSample(hub, "bigbox", "850/bigbox-single-po.edi", 4);
    failed855 =
        hub.jdbc()
            .queryForObject(
                "select id from outbound_document where partner_id = 'bigbox' and doc_type ="
                    + " '855' and status = 'FAILED'",
                Long.class);
    // its TA1, 999 and 855
    assertThat(count("partner_id = 'bigbox' and status = 'FAILED'")).isEqualTo(3);
    Files.delete(outbox);
    Files.createDirectories(outbox);
    // a file rejected whole (its IEA counts the groups wrong)
    SampleFlowTest.sendSample(hub, "acme", "850/bad-acme-iea-mismatch.edi", 5);
    rejectedFile =
        hub.jdbc()
            .queryForObject(
                "select inbound_file_id from interchange where status = 'REJECTED'", Long.class);
  }

  @AfterAll
  void stop() {
    if (hub != null) {
      hub.close();
    }
  }

  @Test
  @Order(1)
  void without_a_session_a_page_goes_to_sign_in_and_a_wrong_password_is_refused() {
    try (Browser browser = Browser.open(port, profile.resolve("anonymous"))) {
      browser.go("/console/app#documents?po=" + PO);
      assertThat(browser.path()).startsWith("/console/login");
      browser.type(By.id("username"), "admin");
      browser.type(By.id("password"), "not the password");
      browser.click(By.id("signin-button"));
      browser.waitForText(By.id("signin-error"), "wrong user name or password");
      assertThat(browser.path()).startsWith("/console/login");
      assertThat(browser.present(By.id("view"))).isFalse();
      browser.type(By.id("password"), ADMIN_PASSWORD);
      browser.click(By.id("signin-button"));
      // signed in, the console opens the page first asked for
      browser.heading("Documents");
      assertThat(browser.path()).isEqualTo("/console/app#documents?po=" + PO);
      browser.waitForText(By.id("document-results"), "855");
    }
  }

  @Test
  @Order(2)
  void an_admin_finds_a_po_opens_its_chain_and_replays_a_failed_delivery() throws Exception {
    try (Browser browser = Browser.open(port, profile.resolve("admin"))) {
      browser.signIn("admin", ADMIN_PASSWORD);
      browser.heading("Dashboard");
      WebElement bigbox = row(browser, "#partner-health", "bigbox");
      assertThat(cells(bigbox).get(5)).as("failed or held out").isEqualTo("3");
      WebElement acme = row(browser, "#partner-health", "acme");
      assertThat(cells(acme).get(3)).as("files rejected (7 days)").isEqualTo("1");
      assertThat(navigation(browser)).contains("Users");
      browser.screenshot("dashboard");

      browser.view("documents", "Documents");
      browser.type(By.name("po"), PO);
      browser.click(By.cssSelector("#document-search button[type=submit]"));
      browser.waitForText(By.id("document-results"), "810");
      assertThat(column(browser, "#document-results", 1))
          .containsExactlyInAnyOrder("850", "855", "856", "810");
      browser.screenshot("documents");

      row(browser, "#document-results", "850").findElement(By.tagName("a")).click();
      browser.heading("850 received from acme");
      browser.waitForText(By.id("segments"), "BEG03");
      browser.waitForText(By.id("validation"), "PROCESSED");
      browser.waitForText(By.id("validation"), "Answered with 997");
      browser.screenshot("document");
      browser.click(By.partialLinkText(PO + " (its chain)"));
      browser.heading("PO " + PO + " from acme");
      assertThat(browser.all(By.cssSelector("#chain li a")))
          .extracting(WebElement::getText)
          .containsExactly("⇦ 850", "⇨ 997", "⇨ 855", "⇨ 856", "⇨ 810");
      browser.screenshot("order-chain");

      browser.view("documents/out/" + failed855, "855 sent to bigbox");
      browser.waitForText(By.cssSelector("dl.facts"), "FAILED");
      assertThat(browser.present(By.id("resend"))).isFalse();
      browser.click(By.id("replay"));
      new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
          .until(
              d -> {
                browser.reload("855 sent to bigbox");
                return browser.find(By.cssSelector("dl.facts")).getText().contains("DELIVERED");
              });
      assertThat(status(failed855)).isEqualTo("DELIVERED");
      assertThat(Files.list(hub.outbox("bigbox")).map(p -> p.getFileName().toString()))
          .anyMatch(name -> name.startsWith("855-"));
      assertThat(
              hub.jdbc()
                  .queryForObject(
                      "select count(*) from audit_log where username = 'admin' and action ="
                          + " 'document-replay' and target = ?",
                      Integer.class,
                      "out/" + failed855))
          .isEqualTo(1);

      browser.click(By.id("resend"));
      browser.waitForText(By.cssSelector("dl.facts"), "Sends again");
      long copy =
          hub.jdbc()
              .queryForObject(
                  "select id from outbound_document where resend_of = ?", Long.class, failed855);
      assertThat(browser.path()).endsWith("#documents/out/" + copy);
      assertThat(browser.find(By.cssSelector("dl.facts")).getText())
          .contains("Sends again\nout/" + failed855);
      await().atMost(Duration.ofSeconds(60)).until(() -> "DELIVERED".equals(status(copy)));
      Map<String, Object> original =
          hub.jdbc()
              .queryForMap(
                  "select interchange_control, content from outbound_document where id = ?",
                  failed855);
      Map<String, Object> again =
          hub.jdbc()
              .queryForMap(
                  "select interchange_control, resend_no, content from outbound_document where"
                      + " id = ?",
                  copy);
      assertThat(again.get("RESEND_NO")).isEqualTo(1);
      assertThat(again.get("INTERCHANGE_CONTROL"))
          .isNotEqualTo(original.get("INTERCHANGE_CONTROL"));
      assertThat(body((String) again.get("CONTENT")))
          .isEqualTo(body((String) original.get("CONTENT")));

      browser.view("files?outcome=REJECTED", "Files");
      browser.click(By.linkText("file/" + rejectedFile));
      browser.heading("bad-acme-iea-mismatch.edi from acme");
      browser.waitForText(By.id("interchanges"), "REJECTED");
      assertThat(browser.find(By.id("file-content")).getText()).startsWith("ISA*00*");
      browser.find(By.id("replay-file"));
      browser.screenshot("file");

      browser.view("partners", "Partners");
      browser.screenshot("partners");
      browser.view("routes", "Routes");
      browser.screenshot("routes");
      browser.view("scorecard", "Scorecard");
      assertThat(browser.all(By.cssSelector("#scorecard thead th")))
          .extracting(WebElement::getText)
          .contains("Measure")
          .anyMatch(name -> name.endsWith("(acme)"));
      assertThat(browser.all(By.cssSelector("#scorecard tbody tr[data-measure]")))
          .extracting(row -> row.findElement(By.tagName("th")).getText())
          .containsExactly(
              "855 sent within 24 h",
              "856 sent within the partner's window",
              "Documents accepted without errors",
              "Fill rate (units)",
              "Shipped on time",
              "Shipped in full",
              "Damage free",
              "Perfect order rate");
      browser.screenshot("scorecard");
      browser.view("users", "Users");
      browser.screenshot("users");
      browser.signOut();
    }
  }

  @Test
  @Order(3)
  void a_planner_opens_a_cpfr_exceptions_chart_and_resolves_it() throws Exception {
    try (Browser browser = Browser.open(port, profile.resolve("planner"))) {
      browser.signIn("paula", "planner's password");
      assertThat(navigation(browser)).contains("CPFR").doesNotContain("Users");
      browser.view("cpfr?status=OPEN", "CPFR exceptions");
      row(browser, "#exception-list", "TL-1002").findElement(By.tagName("a")).click();
      browser.heading("Exception " + exception + ": FORECAST_VARIANCE");
      browser.find(By.id("exception-chart"));
      Map<String, Object> chart =
          browser.scriptMap(
              "const c = Chart.getChart(document.getElementById('exception-chart'));"
                  + "return {weeks: c.data.labels, series: c.data.datasets.map(d => d.label),"
                  + " partner: c.data.datasets[0].data, ours: c.data.datasets[1].data};");
      assertThat(((List<?>) chart.get("series")).stream().map(String::valueOf).toList())
          .containsExactly("Partner's forecast", "Our forecast", "Consensus", "Actual sales");
      int week = ((List<?>) chart.get("weeks")).indexOf("2026-11-30");
      assertThat(week).isNotNegative();
      assertThat(((Number) ((List<?>) chart.get("partner")).get(week)).doubleValue())
          .isEqualTo(45.0);
      assertThat(((Number) ((List<?>) chart.get("ours")).get(week)).doubleValue()).isEqualTo(7.0);
      browser.screenshot("cpfr-exception");

      assertThat(
              browser.fetchStatus(
                  "POST", "/console/api/documents/out/" + failed855 + "/resend", "{}"))
          .isEqualTo(403);
      browser.type(By.id("comment-text"), "ACME runs a promotion that week");
      browser.click(By.id("comment"));
      browser.waitForText(By.id("comments"), "ACME runs a promotion that week");
      browser.type(By.id("override-quantity"), "30");
      browser.click(By.id("override"));
      browser.waitForText(By.cssSelector("dl.facts"), "OVERRIDE 30 by paula");
      assertThat(
              hub.jdbc()
                  .queryForMap(
                      "select status, resolution, resolved_by from cpfr_exception where id = ?",
                      exception))
          .containsEntry("STATUS", "RESOLVED")
          .containsEntry("RESOLUTION", "OVERRIDE")
          .containsEntry("RESOLVED_BY", "paula");

      browser.view("cpfr/accuracy/acme", "Forecast accuracy: acme");
      browser.find(By.id("accuracy-chart"));
      assertThat(
              browser.script(
                  "return Chart.getChart(document.getElementById('accuracy-chart'))"
                      + ".data.datasets.length"))
          .isEqualTo(4L);
      browser.screenshot("cpfr-accuracy");
    }
  }

  @Test
  @Order(4)
  void a_viewer_reads_but_can_neither_replay_nor_resolve_nor_stop_anything() {
    try (Browser browser = Browser.open(port, profile.resolve("viewer"))) {
      browser.signIn("victor", "viewer's password");
      assertThat(navigation(browser)).doesNotContain("Users");
      browser.view("documents/out/" + failed855, "855 sent to bigbox");
      browser.waitForText(By.cssSelector("dl.facts"), "DELIVERED");
      assertThat(browser.present(By.id("replay")) || browser.present(By.id("resend"))).isFalse();
      browser.view("routes", "Routes");
      browser.find(By.id("route-list"));
      assertThat(browser.all(By.cssSelector("#route-list button"))).isEmpty();
      browser.view("cpfr/exceptions/" + exception, "Exception " + exception);
      assertThat(browser.present(By.id("resolve")) || browser.present(By.id("comment"))).isFalse();
      browser.view("files/" + rejectedFile, "bad-acme-iea-mismatch.edi from acme");
      browser.waitForText(By.id("interchanges"), "REJECTED");
      assertThat(browser.present(By.id("replay-file"))).isFalse();

      assertThat(
              browser.fetchStatus(
                  "POST", "/console/api/documents/out/" + failed855 + "/resend", "{}"))
          .isEqualTo(403);
      assertThat(
              browser.fetchStatus(
                  "POST",
                  "/console/api/cpfr/exceptions/" + exception + "/comments",
                  "{\"text\": \"x\"}"))
          .isEqualTo(403);
      assertThat(browser.fetchStatus("POST", "/console/api/routes/outbound-retry/stop", "{}"))
          .isEqualTo(403);
      assertThat(browser.fetchStatus("POST", "/console/api/dead-letters/replay", "{}"))
          .isEqualTo(403);
      assertThat(
              browser.fetchStatus("POST", "/console/api/files/" + rejectedFile + "/replay", "{}"))
          .isEqualTo(403);
      assertThat(
              browser.fetchStatus(
                  "POST",
                  "/console/api/users",
                  "{\"username\": \"mallory\", \"role\": \"admin\", \"password\": \"a long password\"}"))
          .isEqualTo(403);
      assertThat(hub.camel().getRouteController().getRouteStatus("outbound-retry").isStarted())
          .isTrue();
    }
  }

  private int count(String where) {
    return hub.jdbc()
        .queryForObject("select count(*) from outbound_document where " + where, Integer.class);
  }

  private String status(long id) {
    return hub.jdbc()
        .queryForObject("select status from outbound_document where id = ?", String.class, id);
  }

  /** The transaction sets of an interchange, without its envelope and the sets' control numbers. */
  private static List<String> body(String interchange) {
    return SegmentText.split(interchange).stream()
        .filter(s -> !List.of("ISA", "GS", "GE", "IEA").contains(s.tag()))
        .map(
            s ->
                s.tag().equals("ST") || s.tag().equals("SE")
                    ? s.tag() + s.element(1)
                    : s.toString())
        .toList();
  }

  private static List<String> navigation(Browser browser) {
    browser.find(By.cssSelector("#nav a"));
    return browser.all(By.cssSelector("#nav a")).stream().map(WebElement::getText).toList();
  }

  private static WebElement row(Browser browser, String table, String containing) {
    browser.waitForText(By.cssSelector(table), containing);
    return browser.all(By.cssSelector(table + " tbody tr")).stream()
        .filter(r -> r.getText().contains(containing))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> cells(WebElement row) {
    return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
  }

  private static List<String> column(Browser browser, String table, int index) {
    return browser.all(By.cssSelector(table + " tbody tr")).stream()
        .map(r -> cells(r).get(index))
        .toList();
  }
}
