package io.ownerscope.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import io.ownerscope.testing.ApiClient;
import io.ownerscope.testing.Csv;
import io.ownerscope.testing.RunningService;
import io.ownerscope.testing.TestGraphs;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.json.JsonMapper;

/**
 * The investigator's web UI in a real Chromium on the demo case: log in, search across scripts, the entity view,
 * the canvas and its table, paths, exposure, the evidence panel, cases and the exports. One browser for the class,
 * logged in once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ScreenshotOnFailure.class)
class InvestigationBrowserIT extends RunningService implements ScreenshotOnFailure.WithBrowser {

    private static final String LLP = "co-kz-steppe-lynx";
    private static final String CONSIGNEE = "co-ru-nordlait-komponent";
    private static final String HOLDING = "co-cy-peristera-investments";
    private static final String MAKER = "co-ru-npo-strezhen";
    private static final Path DOWNLOADS = Path.of("target", "ui-downloads");

    private ChromeDriver browser;
    private WebDriverWait wait;

    @Override
    public WebDriver browser() {
        return browser;
    }

    @BeforeAll
    void demoCaseAndBrowser() {
        assumeTrue(Chromium.installed(), "Chromium and chromedriver are not installed at " + Chromium.BINARY + " and "
                + Chromium.DRIVER + " (apt-get install chromium chromium-driver): the browser tests are skipped");
        TestGraphs.emptyGraph(driver);
        loader.load(Csv.classpath("demo"), "demo", "test");
        browser = Chromium.start(DOWNLOADS);
        wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        wait.ignoring(StaleElementReferenceException.class);
        browser.get(url("/"));
        type("login-username", "admin");
        type("login-password", ApiClient.ADMIN_PASSWORD);
        testId("login-submit").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=search-input]")));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void freshPage() {
        browser.get("about:blank");
        browser.get(url("/"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=search-input]")));
    }

    @Test
    void aCyrillicSpellingFindsTheLlpAndOpensItsViewAndNeighbourhood() {
        open("Степная Рысь", LLP);

        assertThat(testId("entity-name").getText()).isEqualTo("Steppe Lynx Trading LLP");
        assertThat(canvasIds()).contains(LLP, "pe-ruslan-ermekov", CONSIGNEE);
        assertThat(browser.findElement(By.cssSelector("[data-testid=graph-canvas] canvas")).isDisplayed()).isTrue();
    }

    @Test
    void theConsigneesViewSaysItIsDesignatedWithoutBeingListedAndWhy() {
        open("Nordlait Komponent", CONSIGNEE);

        var designation = wait.until(d -> {
            var text = testId("entity-designation").getText();
            return text.contains("OFAC") ? text : null;
        });
        assertThat(designation).contains("OFAC: derived").contains("Peristera Investments Ltd").contains("holds 80%");
        assertThat(browser.findElement(By.id("entity")).getText()).containsIgnoringCase("Owners")
                .containsIgnoringCase("Red flags");
    }

    @Test
    void expandingTheSelectedEntityAddsItsNeighbours() {
        open("Steppe Lynx", LLP);
        assertThat(canvasIds()).doesNotContain(HOLDING);

        clickRow(CONSIGNEE);
        testId("expand").click();

        wait.until(d -> canvasIds().contains(HOLDING));
    }

    @Test
    void clickingARowShowsEveryStatementBehindTheEntity() {
        open("Steppe Lynx", LLP);

        clickRow(LLP);

        var panel = testId("evidence-panel");
        wait.until(d -> panel.getText().contains("load run"));
        assertThat(panel.getText()).contains("demo").contains(LLP).contains("first seen").contains("last seen");
    }

    @Test
    void pathsFromTheLlpToTheDesignatedMakerAreListedAndHighlighted() {
        open("Steppe Lynx", LLP);
        tab("paths");
        type("path-from", LLP);
        type("path-to", MAKER);

        testId("path-find").click();

        var paths = wait.until(d -> {
            var found = all("path");
            return found.isEmpty() ? null : found;
        });
        var steps = paths.getFirst().findElements(By.cssSelector("[data-entity-id]")).stream()
                .map(s -> s.getDomAttribute("data-entity-id")).toList();
        assertThat(steps.getFirst()).isEqualTo(LLP);
        assertThat(steps.getLast()).isEqualTo(MAKER);
        assertThat(steps).contains(HOLDING);
        wait.until(d -> canvasIds().contains(MAKER));
        assertThat(highlighted()).contains(LLP, HOLDING, MAKER);
    }

    @Test
    void exposureFromTheLlpsFirstOwnerReachesTheDesignatedConsignee() {
        open("Dauren Sadykov", "pe-dauren-sadykov");
        assertThat(canvasIds()).doesNotContain(CONSIGNEE);

        testId("exposure").click();

        wait.until(d -> canvasIds().contains(CONSIGNEE));
        assertThat(highlighted()).contains(CONSIGNEE);
    }

    @Test
    void aSavedCaseReopensFromItsLinkWithTheSameEntities() {
        open("Steppe Lynx", LLP);
        var onCanvas = canvasIds();
        tab("cases");
        type("case-name", "Steppe Lynx route");

        testId("case-save").click();

        var status = browser.findElement(By.id("case-status"));
        var id = wait.withMessage(() -> "the case was not saved: " + status.getText())
                .until(d -> status.getDomAttribute("data-case-id"));
        var saved = ApiClient.json(new ApiClient(port).get("/api/cases/" + id));
        assertThat(saved.get("createdBy").asString()).isEqualTo("admin");
        assertThat(saved.get("entities").size()).isEqualTo(onCanvas.size());

        browser.get("about:blank");
        browser.get(url("/#case=" + id));
        wait.until(d -> canvasIds().size() == onCanvas.size());
        assertThat(canvasIds()).containsExactlyInAnyOrderElementsOf(onCanvas);
        assertThat(browser.findElement(By.id("case-name")).getDomProperty("value")).isEqualTo("Steppe Lynx route");
    }

    @Test
    void thePngExportIsTheCanvasAsAnImage() {
        open("Steppe Lynx", LLP);

        var png = testId("export-png");
        png.click();

        var href = png.getDomProperty("href");
        assertThat(href).startsWith("data:image/png;base64,");
        var bytes = Base64.getDecoder().decode(href.substring(href.indexOf(',') + 1));
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void theGraphMlCsvAndFtmExportsHoldTheCanvas() throws Exception {
        open("Steppe Lynx", LLP);
        var api = new ApiClient(port);

        var graphml = api.get(path(testId("export-graphml")), "*/*");
        assumeTrue(graphml.statusCode() != 404 || !graphml.body().contains("No static resource"),
                "this build serves no GET /api/export: the export links have nothing to download");
        assertThat(graphml.statusCode()).as(graphml.body()).isEqualTo(200);
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(graphml.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getElementsByTagName("node").getLength()).isGreaterThanOrEqualTo(canvasIds().size());

        var csv = download(path(testId("export-csv")));
        assertThat(csv.statusCode()).isEqualTo(200);
        var files = new java.util.HashMap<String, String>();
        try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(csv.body()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsKeys("nodes.csv", "edges.csv");
        var nodes = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(files.get("nodes.csv")))
                .getRecords();
        assertThat(nodes).extracting(r -> r.get(0)).contains(LLP);

        var ftm = api.get(path(testId("export-ftm")), "*/*");
        assertThat(ftm.statusCode()).isEqualTo(200);
        var json = JsonMapper.builder().build();
        var lines = ftm.body().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).isNotEmpty().allSatisfy(line -> {
            var entity = json.readTree(line);
            assertThat(entity.has("id")).isTrue();
            assertThat(entity.get("schema").asString()).isNotBlank();
        });
        assertThat(ftm.body()).contains(LLP);
    }

    /**
     * The screenshot of docs/ui.md and the README, at 1280×800, taken when asked for:
     * {@code -Dui.screenshot=docs/ui.png}.
     */
    @Test
    void screenshotForTheDocs() throws Exception {
        var target = System.getProperty("ui.screenshot");
        assumeTrue(target != null, "no screenshot asked for (-Dui.screenshot=docs/ui.png)");
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 1280, "height", 800,
                "deviceScaleFactor", 1, "mobile", false));
        try {
            open("Nordlait Komponent", CONSIGNEE);
            clickRow(HOLDING);
            testId("expand").click();
            wait.until(d -> canvasIds().contains(MAKER));
            clickRow(HOLDING);
            wait.until(d -> testId("evidence-panel").getText().contains("load run"));
            // the canvas draws on the next frames: wait for two of them to have been painted
            browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + " requestAnimationFrame(() => requestAnimationFrame(() => done(true)));");
            var shot = browser.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath();
            java.nio.file.Files.copy(shot, Path.of(target), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }

    // --- helpers ---

    private void open(String search, String id) {
        var input = testId("search-input");
        input.clear();
        input.sendKeys(search, Keys.ENTER);
        var result = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-testid=search-result][data-entity-id='" + id + "']")));
        result.click();
        wait.until(d -> testId("entity-name").getDomAttribute("data-entity-id").equals(id));
        wait.until(d -> canvasIds().contains(id));
    }

    /** The ids of the table's entity rows, read at once (the table is redrawn as the canvas changes). */
    private List<String> canvasIds() {
        return ids("[data-testid=graph-node]");
    }

    private List<String> highlighted() {
        return ids("[data-testid=graph-node][data-highlighted=true]");
    }

    @SuppressWarnings("unchecked")
    private List<String> ids(String selector) {
        return (List<String>) browser.executeScript("return [...document.querySelectorAll(arguments[0])]"
                + ".map(row => row.dataset.entityId)", selector);
    }

    /** Clicks an entity's row of the table, again if the table was redrawn under the click. */
    private void clickRow(String id) {
        wait.until(d -> {
            d.findElement(By.cssSelector("[data-testid=graph-node][data-entity-id='" + id + "']")).click();
            return true;
        });
    }

    private void tab(String name) {
        browser.findElement(By.id("tab-" + name)).click();
    }

    private void type(String testId, String text) {
        var input = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=" + testId + "]")));
        input.clear();
        input.sendKeys(text);
    }

    private WebElement testId(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=" + id + "]")));
    }

    private List<WebElement> all(String id) {
        return browser.findElements(By.cssSelector("[data-testid=" + id + "]"));
    }

    private java.net.http.HttpResponse<byte[]> download(String path) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path)))
                .header("X-API-Key", ApiClient.ADMIN_KEY).GET().build();
        return java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The path and query of a download link, fetched as a script of the API would. */
    private static String path(WebElement link) {
        var href = link.getDomProperty("href");
        return href.substring(href.indexOf("/api/"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
